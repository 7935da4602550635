package dev.vigil.monitoring.metrics.control;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Counts and times a method that invokes one skill: its first parameter is the
 * {@code Skill}. Returning is {@code succeeded}; a {@code SkillTimeoutException} is
 * {@code timed_out}; any other exception {@code failed}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface MeasuredSkill {}

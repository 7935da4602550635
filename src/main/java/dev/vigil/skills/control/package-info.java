/**
 * Finding skills and the built-in ones. {@link dev.vigil.skills.control.SkillRegistry} collects every
 * CDI bean that implements {@link dev.vigil.skills.entity.Skill}; the built-ins are deterministic so
 * that agents made of them can be tested end to end: {@code text.template}, {@code json.extract},
 * {@code http.request} and {@code wait}.
 */
package dev.vigil.skills.control;

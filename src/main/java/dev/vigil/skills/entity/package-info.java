/**
 * The skill contract: what a skill declares ({@link dev.vigil.skills.entity.Skill},
 * {@link dev.vigil.skills.entity.SkillParameter}) and what one call of it receives
 * ({@link dev.vigil.skills.entity.SkillCall}). Input, parameters and output are JSON, so agents
 * can chain any skill into any other.
 */
package dev.vigil.skills.entity;

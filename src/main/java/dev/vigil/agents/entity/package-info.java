/**
 * What the runtime persists: agent definitions ({@link dev.vigil.agents.entity.Agent}, a pipeline of
 * {@link dev.vigil.agents.entity.Step}s), and the record of every run of one
 * ({@link dev.vigil.agents.entity.Execution} with its {@link dev.vigil.agents.entity.ExecutionStep}s),
 * including the instance that owns a running execution and the lease it keeps renewing.
 */
package dev.vigil.agents.entity;

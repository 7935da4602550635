/**
 * The agent runtime. {@link dev.vigil.agents.control.AgentCatalog} keeps validated definitions;
 * {@link dev.vigil.agents.control.Executions} admits runs up to a concurrency limit and hands them
 * to a managed executor, where {@link dev.vigil.agents.control.StepChain} feeds each step's output
 * to the next while {@link dev.vigil.agents.control.ExecutionLedger} records every step.
 * {@link dev.vigil.agents.control.ExecutionLeases} keeps this instance's claim on its running
 * executions alive and marks the executions of dead instances {@code abandoned}.
 */
package dev.vigil.agents.control;

/**
 * The agent API under {@code /api}: agent definitions ({@code /agents}), starting and listing their
 * executions ({@code /agents/{id}/executions}) and reading one ({@code /executions/{id}}).
 * Resources validate and delegate; the JSON shapes are the records in this package.
 */
package dev.vigil.agents.boundary;

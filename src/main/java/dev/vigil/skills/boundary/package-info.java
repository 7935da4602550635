/** {@code GET /api/skills}: the skills an agent step can name, with their declared parameters. */
package dev.vigil.skills.boundary;

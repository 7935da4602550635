package dev.vigil.agents.boundary;

/** Agent ids: lower-case letters, digits and inner hyphens, 1 to 64 characters. */
final class Slug {

    static final String PATTERN = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";
    static final String MESSAGE = "must be a slug: 1-64 lower-case letters, digits and inner hyphens";

    private Slug() {}
}

package dev.vigil.monitoring.health.tck;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application a TCK WAR gets, at its root as Vigil's own is, so the health resource serves {@code /health}. */
@ApplicationPath("")
public class TckApplication extends Application {}

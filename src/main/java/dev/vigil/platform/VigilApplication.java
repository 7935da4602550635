package dev.vigil.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application for the whole WAR, at its root: the agent API under {@code /api}, the
 * health probes under {@code /health}. One application, so the OpenAPI document gets every path
 * right and every resource shares the problem+json mappers.
 */
@ApplicationPath("")
public class VigilApplication extends Application {
}

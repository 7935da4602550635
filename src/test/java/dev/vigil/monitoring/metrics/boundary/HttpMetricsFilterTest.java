package dev.vigil.monitoring.metrics.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class HttpMetricsFilterTest {

    @Path("api/agents/")
    static class Agents {
        @GET
        public void all() {}

        @GET
        @Path("{id: [a-z0-9-]+}/executions")
        public void executions() {}
    }

    @Path("")
    static class Root {
        @GET
        public void root() {}
    }

    @Test
    void theEndpointLabelIsTheRouteTemplateWithoutRegularExpressions() throws NoSuchMethodException {
        assertEquals("/api/agents", HttpMetricsFilter.template(Agents.class, Agents.class.getMethod("all")));
        assertEquals(
                "/api/agents/{id}/executions",
                HttpMetricsFilter.template(Agents.class, Agents.class.getMethod("executions")));
        assertEquals("/", HttpMetricsFilter.template(Root.class, Root.class.getMethod("root")));
    }
}

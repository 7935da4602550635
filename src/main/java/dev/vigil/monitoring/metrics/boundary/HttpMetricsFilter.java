package dev.vigil.monitoring.metrics.boundary;

import dev.vigil.monitoring.logging.RequestLogFilter;
import dev.vigil.monitoring.metrics.control.VigilMetrics;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * http_requests_total and http_request_duration_seconds by method, route template and status.
 * The endpoint label is the template ({@code /api/agents/{id}}), never the raw path; requests no
 * resource matched share {@value #UNMATCHED}, and unknown methods {@value #OTHER_METHOD}.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.USER - 500)
public class HttpMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String UNMATCHED = "unmatched";
    static final String OTHER_METHOD = "OTHER";
    private static final String STARTED = HttpMetricsFilter.class.getName() + ".started";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    @Inject
    VigilMetrics metrics;

    @Context
    ResourceInfo resource;

    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return;
        }
        String method = METHODS.contains(request.getMethod()) ? request.getMethod() : OTHER_METHOD;
        String endpoint = endpoint();
        request.setProperty(
                RequestLogFilter.ROUTE, endpoint); // a servlet request attribute too: the access log reads it
        metrics.httpRequest(method, endpoint, response.getStatus(), Duration.ofNanos(System.nanoTime() - start));
    }

    private String endpoint() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return UNMATCHED;
        }
        return templates.computeIfAbsent(method, m -> template(resource.getResourceClass(), m));
    }

    static String template(Class<?> type, Method method) {
        StringBuilder template = new StringBuilder();
        append(template, type.getAnnotation(Path.class));
        append(template, method.getAnnotation(Path.class));
        return template.isEmpty() ? "/" : template.toString();
    }

    private static void append(StringBuilder template, Path path) {
        if (path == null) {
            return;
        }
        for (String segment : path.value().split("/")) {
            if (!segment.isEmpty()) {
                // {id: [0-9]+} -> {id}: the label is the template's name, not its regular expression
                template.append('/').append(segment.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}"));
            }
        }
    }
}

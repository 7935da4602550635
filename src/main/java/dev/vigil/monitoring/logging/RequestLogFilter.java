package dev.vigil.monitoring.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Binds {@code request_id} for the whole request (and echoes it in {@code X-Request-ID}), then
 * writes one access line per request: method, route template, status, duration. Probes and
 * scrapes ({@code /health...}, {@code /metrics}) log at DEBUG, so they never flood the log.
 */
@WebFilter(urlPatterns = "/*")
public class RequestLogFilter extends HttpFilter {

    /** Request attribute in which the JAX-RS layer leaves the matched route template. */
    public static final String ROUTE = "dev.vigil.route";

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.vigil.access");
    private static final int MAX_PATH = 200;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, requestId);
        long start = System.nanoTime();
        try (LogContext context = LogContext.bind("request_id", requestId)) {
            try {
                chain.doFilter(request, response);
            } finally {
                access(request, response.getStatus(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static void access(HttpServletRequest request, int status, long durationMillis) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Probes, scrapes and load-balancer pings arrive every few seconds from machines: DEBUG, not the access log.
        boolean probe = path.startsWith("/health")
                || path.startsWith("//health")
                || path.startsWith("/metrics")
                || path.equals("/api/ping");
        LoggingEventBuilder event = probe ? ACCESS.atDebug() : ACCESS.atInfo();
        Object matched = request.getAttribute(ROUTE);
        String route = matched != null ? matched.toString() : truncate(path);
        event.addKeyValue("method", request.getMethod())
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("duration_ms", durationMillis)
                .log("{} {} {}", request.getMethod(), route, status);
    }

    private static String truncate(String path) {
        return path.length() <= MAX_PATH ? path : path.substring(0, MAX_PATH) + "…";
    }
}

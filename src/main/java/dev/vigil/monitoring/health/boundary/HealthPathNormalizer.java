package dev.vigil.monitoring.health.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves {@code //health/ready} like {@code /health/ready}. Probe configurations and clients that
 * join a base URL ending in a slash with {@code /health} (the MicroProfile Health TCK among them)
 * send a doubled slash, which the servlet container would not map to the health application.
 */
@WebFilter(urlPatterns = "/*")
public class HealthPathNormalizer extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("//")) {
            String collapsed = path.replaceAll("/{2,}", "/");
            if (collapsed.equals("/health") || collapsed.startsWith("/health/")) {
                request.getRequestDispatcher(collapsed).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

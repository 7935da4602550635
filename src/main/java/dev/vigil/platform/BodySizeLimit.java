package dev.vigil.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code vigil.api.max-body-bytes} (default 1 MiB) with 413 before
 * any of it is parsed; reads at most one byte past the limit, whatever Content-Length claims.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "vigil.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > maxBytes) {
            throw tooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = context.getInputStream()) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > maxBytes) {
                    throw tooLarge();
                }
            }
        }
        context.setInputStream(new ByteArrayInputStream(body.toByteArray()));
        return context.proceed();
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "Request body too large",
                "Request bodies are limited to " + maxBytes + " bytes.");
    }
}

package dev.vigil.skills.control;

import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import dev.vigil.skills.entity.SkillParameter;
import dev.vigil.skills.entity.SkillTimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Calls an HTTP(S) URL. GET sends nothing; POST sends the step's input as JSON. Outputs
 * {@code {"status": 200, "body": ...}} with the body parsed when it is JSON. A status of 400 or
 * more fails the step; so does a body over 1 MiB.
 */
@ApplicationScoped
public class HttpRequestSkill implements Skill {

    static final long MAX_TIMEOUT_MS = 60_000;
    static final long DEFAULT_TIMEOUT_MS = 10_000;
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final Set<String> METHODS = Set.of("GET", "POST");

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Override
    public String id() {
        return "http.request";
    }

    @Override
    public String description() {
        return "GET or POST (input as JSON body) to an http(s) URL; outputs {\"status\", \"body\"}; fails on status >= 400.";
    }

    @Override
    public List<SkillParameter> parameters() {
        return List.of(
                SkillParameter.required("url", SkillParameter.Type.STRING, "Absolute http:// or https:// URL."),
                SkillParameter.optional("method", SkillParameter.Type.STRING, "GET (default) or POST."),
                SkillParameter.optional(
                        "timeout_ms",
                        SkillParameter.Type.INTEGER,
                        "Request timeout, 1 to " + MAX_TIMEOUT_MS + " ms (default " + DEFAULT_TIMEOUT_MS + ")."),
                SkillParameter.optional("headers", SkillParameter.Type.OBJECT, "Request headers, string values only."));
    }

    @Override
    public List<String> validate(JsonObject params) {
        List<String> errors = new ArrayList<>(Skill.super.validate(params));
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            URI uri = new URI(params.getString("url"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add("parameter 'url' must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            errors.add("parameter 'url' is not a valid URL");
        }
        if (params.containsKey("method") && !METHODS.contains(params.getString("method"))) {
            errors.add("parameter 'method' must be GET or POST");
        }
        if (params.containsKey("timeout_ms")) {
            var timeout = params.getJsonNumber("timeout_ms").bigIntegerValue();
            if (timeout.signum() <= 0 || timeout.bitLength() > 62 || timeout.longValue() > MAX_TIMEOUT_MS) {
                errors.add("parameter 'timeout_ms' must be between 1 and " + MAX_TIMEOUT_MS);
            }
        }
        if (params.containsKey("headers")) {
            params.getJsonObject("headers").forEach((name, value) -> {
                if (value.getValueType() != JsonValue.ValueType.STRING) {
                    errors.add("header '" + name + "' must be a string");
                }
            });
        }
        return errors;
    }

    @Override
    public JsonValue execute(SkillCall call) throws SkillException {
        long requestTimeout = call.integer("timeout_ms", DEFAULT_TIMEOUT_MS);
        long untilDeadline = call.remaining().toMillis();
        // Whichever is shorter decides what a timeout means: the step's own limit (failed) or the execution's deadline
        // (timed_out).
        boolean deadlineBound = untilDeadline <= requestTimeout;
        Duration budget = Duration.ofMillis(Math.min(requestTimeout, untilDeadline));
        if (budget.isZero()) {
            throw new SkillTimeoutException("deadline reached before the request was sent");
        }
        HttpRequest request = request(call, budget);
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new SkillException("connect timed out: " + request.method() + " "
                    + request.uri().getHost());
        } catch (HttpTimeoutException e) {
            if (deadlineBound) {
                throw new SkillTimeoutException(
                        "deadline reached while waiting for " + request.uri().getHost());
            }
            throw new SkillException("no response within " + budget.toMillis() + " ms");
        } catch (ConnectException e) {
            throw new SkillException("connection refused: " + request.uri().getHost() + ":" + port(request.uri()));
        } catch (IOException e) {
            throw new SkillException("request failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SkillTimeoutException("interrupted while waiting for the response");
        }
        JsonValue body = body(response);
        if (response.statusCode() >= 400) {
            throw new SkillException(
                    "HTTP " + response.statusCode() + " from " + request.uri().getHost());
        }
        return Json.createObjectBuilder()
                .add("status", response.statusCode())
                .add("body", body)
                .build();
    }

    private static HttpRequest request(SkillCall call, Duration budget) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(call.params().getString("url")))
                .timeout(budget);
        if (call.params().containsKey("headers")) {
            call.params()
                    .getJsonObject("headers")
                    .forEach((name, value) -> builder.header(name, ((jakarta.json.JsonString) value).getString()));
        }
        if ("POST".equals(call.string("method", "GET"))) {
            builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(call.input().toString(), StandardCharsets.UTF_8));
        } else {
            builder.GET();
        }
        return builder.build();
    }

    private static JsonValue body(HttpResponse<InputStream> response) throws SkillException {
        byte[] bytes;
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAX_BODY_BYTES) {
                    throw new SkillException("response body is larger than " + MAX_BODY_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw new SkillException(
                    "reading the response failed: " + e.getClass().getSimpleName());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean json = response.headers()
                .firstValue("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).contains("json"))
                .orElse(false);
        if (json && !text.isBlank()) {
            try (var reader = Json.createReader(new StringReader(text))) {
                return reader.readValue();
            } catch (JsonParsingException e) {
                return Json.createValue(text);
            } catch (JsonException e) {
                return Json.createValue(text);
            }
        }
        return Json.createValue(text);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}

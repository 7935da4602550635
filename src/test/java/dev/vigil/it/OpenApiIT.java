package dev.vigil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} describes the whole API: every resource method of the WAR (found by reflection
 * over the compiled classes, so a new endpoint cannot be forgotten) is there with a summary, a
 * tag and its responses, and every 4xx is documented as an RFC 9457 problem.
 */
class OpenApiIT {

    record Endpoint(String method, String path) {}

    @Test
    void everyResourceMethodIsDocumentedWithItsResponsesAndProblems() throws Exception {
        JsonObject document = openapi();
        assertEquals("Vigil", document.getJsonObject("info").getString("title"));
        JsonObject paths = document.getJsonObject("paths");
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() >= 15, endpoints.toString());
        for (Endpoint endpoint : endpoints) {
            JsonObject pathItem = paths.getJsonObject(endpoint.path());
            assertNotNull(pathItem, endpoint + " missing from " + paths.keySet());
            JsonObject operation = pathItem.getJsonObject(endpoint.method());
            assertNotNull(operation, endpoint + " missing");
            assertFalse(operation.getString("summary", "").isBlank(), endpoint + " has no summary");
            assertFalse(operation.getJsonArray("tags").isEmpty(), endpoint + " has no tag");
            JsonObject responses = operation.getJsonObject("responses");
            assertTrue(
                    responses.keySet().stream().anyMatch(code -> code.startsWith("2")),
                    endpoint + ": no success response " + responses);
            for (String code : responses.keySet()) {
                JsonObject response = resolve(document, responses.getJsonObject(code));
                assertFalse(response.getString("description", "").isBlank(), endpoint + " " + code);
                if (code.startsWith("4")) {
                    JsonObject problem = response.getJsonObject("content").getJsonObject("application/problem+json");
                    assertNotNull(problem, endpoint + " " + code + " is not a problem: " + response);
                    assertEquals(
                            "#/components/schemas/Problem",
                            problem.getJsonObject("schema").getString("$ref"));
                }
            }
        }
        JsonObject problem =
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertTrue(problem.getJsonObject("properties")
                .keySet()
                .containsAll(List.of("type", "title", "status", "detail", "errors", "incident_id")));
    }

    @Test
    void theDocumentedStatusesAreTheOnesTheApiAnswers() throws Exception {
        JsonObject paths = openapi().getJsonObject("paths");
        JsonObject create =
                paths.getJsonObject("/api/agents").getJsonObject("post").getJsonObject("responses");
        assertTrue(create.containsKey("201") && !create.containsKey("200"), create.toString());
        Api.createAgent("openapi-doc", Api.json("[{'skill':'text.template','params':{'template':'x'}}]"));
        assertEquals(
                409,
                Api.post(
                                "/api/agents",
                                Api.json(
                                        "{'id':'openapi-doc','name':'x','steps':[{'skill':'wait','params':{'ms':0}}]}"))
                        .status());
        assertTrue(create.containsKey("409"));
        JsonObject start = paths.getJsonObject("/api/agents/{id}/executions")
                .getJsonObject("post")
                .getJsonObject("responses");
        assertEquals(202, Api.post("/api/agents/openapi-doc/executions", "{}").status());
        assertTrue(start.keySet().containsAll(List.of("200", "202", "404", "429")), start.toString());
        JsonObject delete =
                paths.getJsonObject("/api/agents/{id}").getJsonObject("delete").getJsonObject("responses");
        assertEquals(204, Api.delete("/api/agents/openapi-doc").status());
        assertTrue(delete.containsKey("204") && !delete.containsKey("200"), delete.toString());
    }

    static JsonObject openapi() {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi"))
                .header("Accept", "application/json")
                .GET());
        assertEquals(200, reply.status());
        return reply.json();
    }

    /** A response, or the component it refers to. */
    static JsonObject resolve(JsonObject document, JsonObject response) {
        if (!response.containsKey("$ref")) {
            return response;
        }
        String name = response.getString("$ref").substring("#/components/responses/".length());
        return document.getJsonObject("components").getJsonObject("responses").getJsonObject(name);
    }

    /** Every (HTTP method, path) of the JAX-RS resources compiled into the WAR. */
    static List<Endpoint> endpoints() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<Endpoint> endpoints = new ArrayList<>();
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(classes)) {
            files = walk.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList();
        }
        for (java.nio.file.Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, OpenApiIT.class.getClassLoader());
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = ("/" + root.value() + (sub == null ? "" : "/" + sub.value()))
                                .replaceAll("/+", "/")
                                .replaceAll("(.)/$", "$1");
                        endpoints.add(new Endpoint(http.value().toLowerCase(Locale.ROOT), path));
                    }
                }
            }
        }
        return endpoints;
    }
}

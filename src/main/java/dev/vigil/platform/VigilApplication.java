package dev.vigil.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One JAX-RS application for the whole WAR, at its root: the agent API under {@code /api}, the
 * health probes under {@code /health}. One application, so the OpenAPI document gets every path
 * right and every resource shares the problem+json mappers. The error responses are declared once
 * here (components) and referenced by name from the resources.
 */
@ApplicationPath("")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Vigil",
                        version = "0.1.0",
                        description =
                                "Agent-and-skill execution backend with health probes, Prometheus metrics and structured logs. "
                                        + "Every error is an RFC 9457 problem (application/problem+json); a 500 carries an incident_id that is "
                                        + "logged with its stack trace."),
        tags = {
            @Tag(name = "agents", description = "Agents: named pipelines of skill steps"),
            @Tag(name = "executions", description = "Running agents; every execution and step is recorded"),
            @Tag(name = "skills", description = "The skills agents are built from"),
            @Tag(name = "platform", description = "Plumbing")
        },
        components =
                @Components(
                        schemas =
                                @Schema(
                                        name = "Problem",
                                        type = SchemaType.OBJECT,
                                        description = "RFC 9457 problem details",
                                        requiredProperties = {"type", "title", "status"},
                                        properties = {
                                            @SchemaProperty(
                                                    name = "type",
                                                    type = SchemaType.STRING,
                                                    example = "/problems/404",
                                                    description = "Stable per status: /problems/{status}"),
                                            @SchemaProperty(
                                                    name = "title",
                                                    type = SchemaType.STRING,
                                                    example = "Agent not found"),
                                            @SchemaProperty(
                                                    name = "status",
                                                    type = SchemaType.INTEGER,
                                                    example = "404"),
                                            @SchemaProperty(
                                                    name = "detail",
                                                    type = SchemaType.STRING,
                                                    description = "At most 500 characters"),
                                            @SchemaProperty(
                                                    name = "errors",
                                                    type = SchemaType.ARRAY,
                                                    implementation = String.class,
                                                    description =
                                                            "Every validation failure at once, as 'field: message'"),
                                            @SchemaProperty(
                                                    name = "incident_id",
                                                    type = SchemaType.STRING,
                                                    description = "500 only: the id of the logged incident")
                                        }),
                        responses = {
                            @APIResponse(
                                    name = "BadRequest",
                                    description = "Malformed JSON, wrong types or invalid values; errors lists each",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "NotFound",
                                    description = "No such agent or execution",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Conflict",
                                    description = "An agent with this id exists already",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "TooLarge",
                                    description = "The body exceeds vigil.api.max-body-bytes",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "UnsupportedMediaType",
                                    description = "The body is not application/json",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "TooManyRequests",
                                    description =
                                            "Every execution slot of this instance is busy (vigil.executions.max-concurrent); nothing was recorded",
                                    headers =
                                            @Header(
                                                    name = "Retry-After",
                                                    description = "Seconds to wait",
                                                    schema = @Schema(type = SchemaType.INTEGER)),
                                    content =
                                            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
                        }))
public class VigilApplication extends Application {}

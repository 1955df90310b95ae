package no.planstatus.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized API body with a 413 problem before it is read. (Vert.x enforces the same limit on bodies
 * without Content-Length, with a plain 413.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final ObjectMapper objectMapper;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize max,
            ObjectMapper objectMapper) {
        this.maxBytes = max.asLongValue();
        this.objectMapper = objectMapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 200);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && context.normalizedPath().startsWith("/api/")) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) {
                    reject(context);
                    return;
                }
            } catch (NumberFormatException e) {
                // a malformed Content-Length is Vert.x's to refuse
            }
        }
        context.next();
    }

    private void reject(RoutingContext context) {
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                "Innholdet er større enn " + (maxBytes / 1024) + " KiB.", context.normalizedPath(), null);
        try {
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}

package no.planstatus.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request body may be: what the operation's {@link BodyLimit} says (a plan file for import may be as
 * large as the server accepts at all, {@code quarkus.http.limits.max-body-size}), otherwise
 * {@link BodyLimit#DEFAULT_BYTES}. A body that announces a larger Content-Length gets a 413 problem before it is
 * read (the operation is then found in {@link Operations}, as JAX-RS has not chosen it yet); one sent without
 * Content-Length (chunked) is counted as it is read ({@link BodySizeCounter}).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long serverLimit;
    private final ObjectMapper objectMapper;
    private final Operations operations;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize serverLimit,
            ObjectMapper objectMapper, Operations operations) {
        this.serverLimit = serverLimit.asLongValue();
        this.objectMapper = objectMapper;
        this.operations = operations;
    }

    /** The largest body the resource method accepts; {@link BodyLimit#DEFAULT_BYTES} when it is null. */
    public long limitFor(Method resourceMethod) {
        BodyLimit limit = resourceMethod == null ? null : resourceMethod.getAnnotation(BodyLimit.class);
        return Math.min(limit == null ? BodyLimit.DEFAULT_BYTES : limit.value(), serverLimit);
    }

    /** The problem a body larger than the resource method accepts is answered with. */
    public ApiProblem tooLarge(Method resourceMethod) {
        return new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, detail(limitFor(resourceMethod)));
    }

    private static String detail(long limit) {
        return "Innholdet er større enn " + describe(limit) + ".";
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 200);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        String length = context.request().getHeader("Content-Length");
        if (length != null) {
            try {
                long limit = limitFor(operations.findWith(context.request().method().name(), path, BodyLimit.class).orElse(null));
                if (Long.parseLong(length.trim()) > limit) {
                    reject(context, path, limit);
                    return;
                }
            } catch (NumberFormatException e) {
                // a malformed Content-Length is Vert.x's to refuse
            }
        }
        context.next();
    }

    private void reject(RoutingContext context, String path, long limit) {
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                detail(limit), path, null);
        try {
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    static String describe(long bytes) {
        long mebibyte = 1024 * 1024;
        return bytes % mebibyte == 0 ? bytes / mebibyte + " MiB" : bytes / 1024 + " KiB";
    }
}

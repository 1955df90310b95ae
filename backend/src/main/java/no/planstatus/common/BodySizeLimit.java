package no.planstatus.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request body may be: a plan file for import may be as large as the server accepts at all
 * ({@code quarkus.http.limits.max-body-size}), every other write at most {@link #API_WRITE_LIMIT}. A body that
 * announces a larger Content-Length gets a 413 problem before it is read; one sent without Content-Length
 * (chunked) is counted as it is read ({@link BodySizeCounter}).
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Any write but an import: far above the largest valid measure, report or party. */
    static final long API_WRITE_LIMIT = 256 * 1024;
    /** The path of TransferResource#importPlan. */
    static final String IMPORT_PATH = "/api/v1/import/plan";

    private final long importLimit;
    private final ObjectMapper objectMapper;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize serverLimit,
            ObjectMapper objectMapper) {
        this.importLimit = serverLimit.asLongValue();
        this.objectMapper = objectMapper;
    }

    /** The largest body accepted on this path. */
    public long limitFor(String path) {
        return IMPORT_PATH.equals(path) ? importLimit : API_WRITE_LIMIT;
    }

    /** The problem a body larger than the path allows is answered with. */
    public ApiProblem tooLarge(String path) {
        return new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, detail(path));
    }

    private String detail(String path) {
        return "Innholdet er større enn " + describe(limitFor(path)) + ".";
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 200);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        String length = context.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limitFor(path)) {
                    reject(context, path);
                    return;
                }
            } catch (NumberFormatException e) {
                // a malformed Content-Length is Vert.x's to refuse
            }
        }
        context.next();
    }

    private void reject(RoutingContext context, String path) {
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                detail(path), path, null);
        try {
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static String describe(long bytes) {
        long mebibyte = 1024 * 1024;
        return bytes % mebibyte == 0 ? bytes / mebibyte + " MiB" : bytes / 1024 + " KiB";
    }
}

package no.planstatus.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.Http1xServerRequest;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Answers requests that never reach the application with a problem too: a request line over the limit (414),
 * headers over the limit (431), a request that is not valid HTTP and an address that is not a valid URI, such as a
 * malformed {@code %}-escape in the path or query (400). Vert.x and Quarkus answer these themselves with an empty
 * body, before any route, filter or exception mapper runs.
 * <p>
 * Neither offers a hook: Vert.x takes the server's {@code invalidRequestHandler} when the server starts, and Quarkus
 * creates the server without setting one and refuses invalid URIs in its own root handler. What Vert.x does call
 * for every request, before it chooses between the request handler and the invalid-request handler, is the tracer.
 * So a tracer (installed through Quarkus' {@link VertxOptionsCustomizer}) gives each HTTP/1 connection the
 * invalid-request handler below, and marks a request whose URI Quarkus would refuse as undecodable, so that it takes
 * the same way.
 */
@ApplicationScoped
public class ProblemsBeforeRouting implements VertxOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(ProblemsBeforeRouting.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final VarHandle NETTY_REQUEST = nettyRequestHandle();
    private static final Handler<HttpServerRequest> ANSWER_WITH_PROBLEM = ProblemsBeforeRouting::answer;

    @Override
    public void accept(VertxOptions options) {
        if (NETTY_REQUEST == null) {
            return;
        }
        if (options.getTracingOptions() != null && options.getTracingOptions().getFactory() != null) {
            LOG.warn("A Vert.x tracer is configured; errors before routing keep Vert.x' empty answers.");
            return;
        }
        options.setTracingOptions(new TracingOptions().setFactory(tracingOptions -> new InvalidRequestTracer()));
    }

    /** Sees each request before Vert.x hands it on; traces nothing. */
    static final class InvalidRequestTracer implements VertxTracer<Object, Object> {

        @Override
        public <R> Object receiveRequest(Context context, SpanKind kind, TracingPolicy policy, R request,
                String operation, Iterable<Map.Entry<String, String>> headers, TagExtractor<R> tagExtractor) {
            if (request instanceof Http1xServerRequest http
                    && http.connection() instanceof HttpServerConnection connection) {
                connection.invalidRequestHandler(ANSWER_WITH_PROBLEM);
                if (http.decoderResult().isSuccess() && !isValidUri(http.uri())) {
                    refuse(http, new URISyntaxException(String.valueOf(http.uri()), "not a valid URI"));
                } else if (http.decoderResult().isSuccess() && !hasValidHost(http)) {
                    refuse(http, new NoValidHost());
                }
            }
            return null;
        }
    }

    private static void refuse(Http1xServerRequest http, Throwable cause) {
        ((io.netty.handler.codec.http.HttpRequest) NETTY_REQUEST.get(http)).setDecoderResult(DecoderResult.failure(cause));
    }

    /** A request without one valid Host header: Quarkus cannot build its address and would answer a bare 400 or 500. */
    private static final class NoValidHost extends Exception {
        NoValidHost() {
            super("no valid Host header", null, false, false);
        }
    }

    /**
     * Whether the request names its host: one Host header holding a valid host (and port), as HTTP/1.1 requires.
     * A request in absolute form ({@code GET http://host/path}) names it in its address. HTTP/1.0 may omit Host,
     * but the application cannot answer without it, so such a request is refused the same way.
     */
    private static boolean hasValidHost(Http1xServerRequest http) {
        String uri = http.uri();
        if (uri != null && !uri.startsWith("/") && !"*".equals(uri)) {
            return true;
        }
        java.util.List<String> hosts = http.headers().getAll("Host");
        if (hosts.size() != 1 || hosts.get(0).isBlank()) {
            return false;
        }
        try {
            return new URI("http://" + hosts.get(0).strip() + "/").getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The check Quarkus makes before it routes a request (VertxHttpRecorder's root handler). */
    private static boolean isValidUri(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        ProblemType type;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            type = ProblemType.URI_TOO_LONG;
            detail = "Adressen i forespørselen er for lang. Bruk færre eller kortere parametere.";
        } else if (cause instanceof TooLongHttpHeaderException) {
            type = ProblemType.HEADERS_TOO_LARGE;
            detail = "Headerne i forespørselen er for store (for eksempel for mange eller for store informasjonskapsler).";
        } else if (cause instanceof NoValidHost) {
            type = ProblemType.BAD_REQUEST;
            detail = "Forespørselen mangler en gyldig Host-header (nøyaktig én, med vertsnavn og eventuelt port).";
        } else if (cause instanceof URISyntaxException) {
            type = ProblemType.BAD_REQUEST;
            detail = "Adressen i forespørselen er ugyldig, for eksempel et %-tegn som ikke følges av to heksadesimale "
                    + "sifre, eller et tegn som må %-kodes.";
        } else {
            type = ProblemType.BAD_REQUEST;
            detail = "Forespørselen er ikke gyldig HTTP.";
        }
        String body;
        try {
            body = JSON.writeValueAsString(new Problem(type.uri(), type.title(), type.status(), detail, null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record could not be written as JSON", e);
        }
        // Vert.x cannot read on after an undecodable request, so the connection ends here, as in its own handler.
        request.response().setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Connection", "close")
                .end(body);
        request.response().close();
    }

    private static VarHandle nettyRequestHandle() {
        try {
            return MethodHandles.privateLookupIn(Http1xServerRequest.class, MethodHandles.lookup())
                    .findVarHandle(Http1xServerRequest.class, "request", io.netty.handler.codec.http.HttpRequest.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("This Vert.x version hides the request it decoded; errors before routing keep Vert.x' empty "
                    + "answers: " + e);
            return null;
        }
    }
}

package no.planstatus.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * CORS for integration: any site may read the public API (GET/HEAD, no credentials, so {@code *}) but for a
 * {@link PrivateRead}, and no foreign site may write. A write never gets Access-Control-Allow-Origin, and a preflight for anything but reading is
 * refused, so a browser never sends a cross-origin write with the session cookie or a custom header.
 */
@ApplicationScoped
public class PublicCors {

    static final String ALLOWED_REQUEST_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since";
    static final String EXPOSED_HEADERS = "ETag, Location";

    private final Operations operations;

    public PublicCors(Operations operations) {
        this.operations = operations;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 200);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        if (path == null || !path.startsWith("/api/")) {
            context.next();
            return;
        }
        HttpMethod method = request.method();
        String preflightMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (method == HttpMethod.OPTIONS && preflightMethod != null && request.getHeader(HttpHeaders.ORIGIN) != null) {
            if (isRead(preflightMethod) && !isPrivateRead(path)) {
                context.response().setStatusCode(204)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_REQUEST_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600")
                        .end();
            } else {
                context.response().setStatusCode(403).end();
            }
            return;
        }
        // Also without Origin: a shared cache may hand the stored answer to a request from another site.
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && !isPrivateRead(path)) {
            context.response()
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        context.next();
    }

    /** A read that answers for the caller ({@link PrivateRead}) is for this site's own web app only. */
    private boolean isPrivateRead(String path) {
        return operations.has("GET", path, PrivateRead.class);
    }

    private static boolean isRead(String method) {
        return "GET".equalsIgnoreCase(method.trim()) || "HEAD".equalsIgnoreCase(method.trim());
    }
}

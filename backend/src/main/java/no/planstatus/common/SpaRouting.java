package no.planstatus.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Serves the web app's index.html for its client-side routes (/tiltak/12, /ansvarlige, …) so that deep links and
 * reloads work. API, embed, management and asset paths are left alone, so a missing asset stays a 404.
 */
@ApplicationScoped
public class SpaRouting {

    private final Operations operations;

    public SpaRouting(Operations operations) {
        this.operations = operations;
    }

    void register(@Observes Filters filters) {
        filters.register(this::route, 100);
    }

    private void route(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && isClientRoute(path, operations.roots())) {
            context.reroute("/");
            return;
        }
        context.next();
    }

    /**
     * Whether the path is one of the web app's own: not the root, not management ({@code /q}) and not under a first
     * segment that a resource serves ({@code served}: {@code api}, {@code embed}, ..., see {@link Operations#roots}).
     */
    static boolean isClientRoute(String path, Set<String> served) {
        if (path == null || path.equals("/") || path.equals("/q") || path.startsWith("/q/")) {
            return false;
        }
        int end = path.indexOf('/', 1);
        if (served.contains(end < 0 ? path.substring(1) : path.substring(1, end))) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }
}

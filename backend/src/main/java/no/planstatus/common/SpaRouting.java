package no.planstatus.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the web app's index.html for its client-side routes (/tiltak/12, /ansvarlige, …) so that deep links and
 * reloads work. API, management and asset paths are left alone, so a missing asset stays a 404.
 */
@ApplicationScoped
public class SpaRouting {

    void register(@Observes Filters filters) {
        filters.register(this::route, 100);
    }

    private void route(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && isClientRoute(path)) {
            context.reroute("/");
            return;
        }
        context.next();
    }

    static boolean isClientRoute(String path) {
        if (path == null || path.equals("/") || path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/")
                || path.equals("/q") || path.startsWith("/embed")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }
}

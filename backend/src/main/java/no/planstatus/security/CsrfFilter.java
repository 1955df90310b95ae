package no.planstatus.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import java.util.Set;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery guard: a write that a session cookie would authenticate must carry the session's
 * CSRF token in {@code X-CSRF-Token}. A foreign site can neither read the token nor set that header.
 * Requests with a bearer token carry no ambient credentials and need no token.
 */
public class CsrfFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public void check(HttpServerRequest request) {
        if (SAFE_METHODS.contains(request.method().name()) || request.getHeader("Authorization") != null) {
            return;
        }
        Cookie session = request.getCookie(AuthMechanism.SESSION_COOKIE);
        if (session == null || session.getValue().isBlank() || request.path().equals(AuthResource.LOGIN_PATH)) {
            return;
        }
        if (!Secrets.constantTimeEquals(Secrets.csrfTokenFor(session.getValue()), request.getHeader(HEADER))) {
            throw new ApiProblem(ProblemType.CSRF_REJECTED,
                    "Forespørselen mangler gyldig " + HEADER + ". Last siden på nytt og prøv igjen.");
        }
    }
}

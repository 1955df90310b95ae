package no.planstatus.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Operations;
import no.planstatus.common.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates, before any other filter or cache answers, every write and every request that sends an
 * {@code Authorization} header, and then:
 * <ul>
 * <li>a revoked, unknown or malformed token is a 401 even on a public read, never the anonymous answer;</li>
 * <li>a write that the session cookie authenticated must carry the session's CSRF token in {@code X-CSRF-Token}.
 * A foreign site can neither read the token nor set that header. The decision follows the credential that actually
 * authenticated the request (see {@link AuthMechanism#CREDENTIAL}), not which headers happen to be present. Only
 * the write that {@link StartsSession} is exempt; it is found in {@link Operations}, as no method is chosen yet.</li>
 * </ul>
 * Other reads stay lazy, so the public plan costs no session lookup.
 */
public class CredentialFilter {

    private final Operations operations;

    public CredentialFilter(Operations operations) {
        this.operations = operations;
    }

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> check(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean write = !SAFE_METHODS.contains(request.method().name());
        if (!write && !request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return Uni.createFrom().voidItem();
        }
        return QuarkusHttpUser.getSecurityIdentity(context, null)
                .invoke(identity -> {
                    if (write && isSessionCookie(identity)
                            && !operations.has(request.method().name(), context.normalizedPath(), StartsSession.class)) {
                        requireCsrfToken(request);
                    }
                })
                .replaceWithVoid();
    }

    private static boolean isSessionCookie(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous()
                && identity.getAttribute(AuthMechanism.CREDENTIAL) == AuthMechanism.Credential.SESSION_COOKIE;
    }

    private static void requireCsrfToken(HttpServerRequest request) {
        Cookie session = request.getCookie(AuthMechanism.SESSION_COOKIE);
        String expected = session == null ? null : Secrets.csrfTokenFor(session.getValue());
        if (!Secrets.constantTimeEquals(expected, request.getHeader(CSRF_HEADER))) {
            throw new ApiProblem(ProblemType.CSRF_REJECTED,
                    "Forespørselen mangler gyldig " + CSRF_HEADER + ". Last siden på nytt og prøv igjen.");
        }
    }
}

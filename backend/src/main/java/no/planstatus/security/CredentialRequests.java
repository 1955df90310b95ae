package no.planstatus.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The two ways a request proves who it is. */
final class CredentialRequests {

    private CredentialRequests() {
    }

    /** The session cookie of a signed-in browser. */
    static final class Session extends BaseAuthenticationRequest {
        final String token;

        Session(String token) {
            this.token = token;
        }
    }

    /** An API token sent as {@code Authorization: Bearer}. */
    static final class Bearer extends BaseAuthenticationRequest {
        final String token;

        Bearer(String token) {
            this.token = token;
        }
    }
}

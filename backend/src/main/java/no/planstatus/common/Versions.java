package no.planstatus.common;

import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version; writes must send it back in If-Match.
 * Missing If-Match is 428, a stale one 412, so an edit never silently overwrites another.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks If-Match against the current version, accepting the strong or weak form of the ETag, of the identity or
     * the gzip body.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match med ressursens ETag for å endre den, så ingen endringer går tapt.");
        }
        String expected = etag(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            // A GET answered with gzip tags the same version "7-gzip" (Compression).
            if (Compression.identityTag(tag).equals(expected)) {
                return;
            }
        }
        throw new ApiProblem(ProblemType.PRECONDITION_FAILED,
                "Ressursen er endret siden du hentet den (gjeldende ETag er " + expected
                        + "). Hent den på nytt og gjør endringen igjen.")
                .withHeader("ETag", expected);
    }

    /** Builds the response with the body's version as its ETag. */
    public static <T extends Versioned> RestResponse<T> withEtag(RestResponse.ResponseBuilder<T> builder) {
        T body = builder.build().getEntity();
        return builder.tag(new EntityTag(String.valueOf(body.version()))).build();
    }
}

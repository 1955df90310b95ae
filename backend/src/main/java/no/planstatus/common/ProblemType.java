package no.planstatus.common;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports, each with a stable type URI. */
public enum ProblemType {
    NOT_FOUND("not-found", Status.NOT_FOUND),
    INVALID_PARAMETER("invalid-parameter", Status.BAD_REQUEST),
    BAD_REQUEST("bad-request", Status.BAD_REQUEST),
    METHOD_NOT_ALLOWED("method-not-allowed", Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", Status.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", Status.UNSUPPORTED_MEDIA_TYPE),
    INTERNAL_ERROR("internal-error", Status.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final Status status;

    ProblemType(String slug, Status status) {
        this.slug = slug;
        this.status = status;
    }

    public String uri() {
        return "urn:planstatus:problem:" + slug;
    }

    public Status status() {
        return status;
    }
}

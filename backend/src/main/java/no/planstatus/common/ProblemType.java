package no.planstatus.common;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports, each with a stable type URI. */
public enum ProblemType {
    NOT_FOUND("not-found", Status.NOT_FOUND),
    INVALID_PARAMETER("invalid-parameter", Status.BAD_REQUEST),
    BAD_REQUEST("bad-request", Status.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", Status.FORBIDDEN),
    CSRF_REJECTED("csrf-rejected", Status.FORBIDDEN),
    METHOD_NOT_ALLOWED("method-not-allowed", Status.METHOD_NOT_ALLOWED),
    CONFLICT("conflict", Status.CONFLICT),
    PRECONDITION_FAILED("precondition-failed", Status.PRECONDITION_FAILED),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition Required"),
    PAYLOAD_TOO_LARGE("payload-too-large", Status.REQUEST_ENTITY_TOO_LARGE),
    REQUEST_TIMEOUT("request-timeout", Status.REQUEST_TIMEOUT),
    URI_TOO_LONG("uri-too-long", Status.REQUEST_URI_TOO_LONG),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request Header Fields Too Large"),
    TOO_MANY_REQUESTS("too-many-requests", Status.TOO_MANY_REQUESTS),
    BUSY("busy", Status.SERVICE_UNAVAILABLE),
    NOT_ACCEPTABLE("not-acceptable", Status.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", Status.UNSUPPORTED_MEDIA_TYPE),
    INTERNAL_ERROR("internal-error", Status.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, Status status) {
        this(slug, status.getStatusCode(), status.getReasonPhrase());
    }

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "urn:planstatus:problem:" + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}

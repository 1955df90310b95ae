package no.planstatus.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Responses never carry stack traces, class names or SQL:
 * unexpected failures are logged here and answered with a generic 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper objectMapper;

    public ProblemMappers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, HttpServerRequest request) {
        return respond(problem.type(), problem.getMessage(), problem.violations(), request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, HttpServerRequest request) {
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.", violations, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, HttpServerRequest request) {
        return respond(ProblemType.BAD_REQUEST, "Innholdet er ikke gyldig JSON for denne operasjonen.", null,
                request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpServerRequest request) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed: " + request.method() + " " + request.path(), exception);
        }
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 400 -> ProblemType.BAD_REQUEST;
            default -> null;
        };
        if (type == null) {
            return problemResponse(status, "about:blank", reasonPhrase(status), null, null, request);
        }
        return respond(type, detailFor(type, request), null, request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable throwable, HttpServerRequest request) {
        LOG.error("Unexpected failure: " + request.method() + " " + request.path(), throwable);
        return respond(ProblemType.INTERNAL_ERROR, "En uventet feil oppstod. Feilen er logget.", null, request);
    }

    private Response respond(ProblemType type, String detail, List<Problem.Violation> violations,
            HttpServerRequest request) {
        int status = type.status().getStatusCode();
        return problemResponse(status, type.uri(), type.status().getReasonPhrase(), detail, violations, request);
    }

    private Response problemResponse(int status, String type, String title, String detail,
            List<Problem.Violation> violations, HttpServerRequest request) {
        Problem problem = new Problem(type, title, status, detail, request.path(), violations);
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record could not be written as JSON", e);
        }
        return Response.status(status)
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body)
                .build();
    }

    private static String detailFor(ProblemType type, HttpServerRequest request) {
        return switch (type) {
            case NOT_FOUND -> "Fant ingen ressurs på " + request.path() + ".";
            case METHOD_NOT_ALLOWED -> "Metoden " + request.method() + " er ikke tillatt på " + request.path() + ".";
            case NOT_ACCEPTABLE -> "API-et svarer med application/json eller application/problem+json.";
            case UNSUPPORTED_MEDIA_TYPE -> "Innholdstypen støttes ikke; send application/json.";
            default -> "Forespørselen er ugyldig.";
        };
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** The last node of a constraint path: the field as the API names it ("title", not "create.arg0.title"). */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }
}

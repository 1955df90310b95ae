package no.planstatus.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleObjectStateException;
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
        Response response = respond(problem.type(), problem.getMessage(), problem.violations(), request);
        problem.headers().forEach((name, value) -> response.getHeaders().add(name, value));
        return response;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException exception, HttpServerRequest request) {
        Response response = respond(ProblemType.UNAUTHORIZED, "Du må logge inn eller sende et gyldig API-token.",
                null, request);
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"planstatus\"");
        return response;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN, "Du har ikke tilgang til denne operasjonen.", null, request);
    }

    /**
     * A row changed by another transaction while this one ran. With If-Match the client's version was stale: 412.
     * Without it (an import, a new report on a measure being edited) the client did nothing wrong and the same
     * request will most likely succeed in a moment, so it gets the documented busy answer with Retry-After.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentEdit(RuntimeException exception, HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.IF_MATCH) == null) {
            return busy(request);
        }
        return respond(ProblemType.PRECONDITION_FAILED,
                "Ressursen ble endret av noen andre samtidig. Hent den på nytt og prøv igjen.", null, request);
    }

    /**
     * A unique key taken by a simultaneous request, after the service's own check passed: the same answer the
     * check gives, a 409, never the database's message.
     */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException exception,
            HttpServerRequest request) {
        LOG.info("Constraint violated by a concurrent write: " + request.method() + " " + request.path());
        return respond(ProblemType.CONFLICT,
                "Endringen kolliderte med en annen endring som ble lagret samtidig. Hent data på nytt og prøv igjen.",
                null, request);
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
        String duplicate = duplicateField(exception);
        if (duplicate != null) {
            return duplicateFieldProblem(duplicate, request);
        }
        return respond(ProblemType.BAD_REQUEST, "Innholdet er ikke gyldig JSON.", null, request);
    }

    private Response duplicateFieldProblem(String field, HttpServerRequest request) {
        return respond(ProblemType.BAD_REQUEST, "Innholdet har et felt som står to ganger i samme objekt; "
                + "ingenting er lagret.", List.of(new Problem.Violation(field, "står flere ganger i samme objekt")),
                request);
    }

    /**
     * The path of a field given twice, where the reader refuses duplicates (STRICT_DUPLICATE_DETECTION, used for
     * plan files): the parser stopped on it, so its context still names it and everything around it.
     */
    private static String duplicateField(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field")
                    && read.getProcessor() != null) {
                String path = "";
                for (JsonStreamContext context = read.getProcessor().getParsingContext(); context != null && !context.inRoot();
                        context = context.getParent()) {
                    if (context.inObject() && context.getCurrentName() != null) {
                        path = "." + context.getCurrentName() + path;
                    } else if (context.inArray()) {
                        path = "[" + context.getCurrentIndex() + "]" + path;
                    }
                }
                return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "body" : path;
            }
        }
        return null;
    }

    /** More specific than Quarkus' own mapper for these, which answers with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception, HttpServerRequest request) {
        String field = jsonPath(exception);
        String message;
        if (exception instanceof CheckedTextModule.RefusedText refused) {
            return respond(ProblemType.BAD_REQUEST, "Teksten inneholder tegn som ikke kan lagres.",
                    List.of(new Problem.Violation(field.isEmpty() ? "body" : field, refused.violation())), request);
        } else if (exception instanceof UnrecognizedPropertyException) {
            message = "er ikke et felt i denne operasjonen";
        } else if (exception instanceof InvalidFormatException invalid) {
            message = "har feil format eller type (forventet " + describe(invalid.getTargetType()) + ")";
        } else if (isWholeNumber(exception.getTargetType())) {
            // a string or a fraction where a whole number belongs, refused by StrictJsonNumbers
            message = "må være et heltall, skrevet som et JSON-tall uten anførselstegn og desimaler";
        } else {
            message = "har feil type eller form";
        }
        return respond(ProblemType.BAD_REQUEST, "Innholdet passer ikke til operasjonen.",
                List.of(new Problem.Violation(field.isEmpty() ? "body" : field, message)), request);
    }

    private static String jsonPath(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "en annen verdi";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "et tall";
        }
        if (type.isEnum()) {
            return "en av " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type == java.time.LocalDate.class) {
            return "en dato på formen ÅÅÅÅ-MM-DD";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true eller false";
        }
        return "tekst";
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpServerRequest request) {
        int status = exception.getResponse().getStatus();
        String duplicate = status == 400 ? duplicateField(exception) : null;
        if (duplicate != null) {
            // The JSON reader wraps the parser's refusal in a 400 of its own.
            return duplicateFieldProblem(duplicate, request);
        }
        if (status >= 500) {
            LOG.error("Request failed: " + request.method() + " " + request.path(), exception);
        }
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 400 -> ProblemType.BAD_REQUEST;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            default -> null;
        };
        if (type == null) {
            return problemResponse(status, "about:blank", reasonPhrase(status), null, null, request);
        }
        return respond(type, detailFor(type, request), null, request);
    }

    /**
     * A body that could not be read to its end because the connection closed: the client went away, or
     * {@link SlowClientGuard} cut it off for sending too slowly. Nobody is left to read the answer, and it is not the
     * server's failure, so it is not logged as one.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException exception, HttpServerRequest request) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                LOG.debug("The connection closed while the body was read: " + request.method() + " " + request.path());
                return respond(ProblemType.BAD_REQUEST, "Forbindelsen ble brutt før innholdet var lest.", null,
                        request);
            }
        }
        return unexpected(exception, request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable throwable, HttpServerRequest request) {
        if (LockConflicts.isLockConflict(throwable)) {
            return busy(request);
        }
        LOG.error("Unexpected failure: " + request.method() + " " + request.path(), throwable);
        return respond(ProblemType.INTERNAL_ERROR, "En uventet feil oppstod. Feilen er logget.", null, request);
    }

    /**
     * A write that waited too long for a row another transaction holds (H2's lock timeout), or that the database
     * gave up on (PostgreSQL's deadlock and serialisation failures): nothing was written, and the same request
     * will most likely succeed in a moment.
     */
    private Response busy(HttpServerRequest request) {
        LOG.info("Write gave way to a concurrent transaction: " + request.method() + " " + request.path());
        Response response = respond(ProblemType.BUSY, "Databasen er opptatt med en annen endring (for eksempel en "
                + "import). Ingenting er lagret; prøv igjen om " + LockConflicts.RETRY_AFTER_SECONDS + " sekunder.",
                null, request);
        response.getHeaders().add(HttpHeaders.RETRY_AFTER, String.valueOf(LockConflicts.RETRY_AFTER_SECONDS));
        return response;
    }

    private Response respond(ProblemType type, String detail, List<Problem.Violation> violations,
            HttpServerRequest request) {
        return problemResponse(type.status(), type.uri(), type.title(), detail, violations, request);
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
            case PAYLOAD_TOO_LARGE -> "Innholdet er for stort.";
            default -> "Forespørselen er ugyldig, for eksempel fordi innholdet ikke er gyldig JSON.";
        };
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /**
     * The field as the API names it: "title", not "create.arg0.title", and "links[1].url" for an element of a list;
     * a violation on the request body itself (a missing body) is "body".
     */
    public static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.METHOD) {
                name = null;
            } else {
                if (node.isInIterable() && node.getIndex() != null && name != null) {
                    name = name + "[" + node.getIndex() + "]";
                }
                if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                    name = name == null ? node.getName() : name + "." + node.getName();
                }
            }
        }
        return name == null ? "body" : name;
    }
}

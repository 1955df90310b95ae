package no.planstatus.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown by services and resources to answer with a problem; mapped by {@link ProblemMappers}. */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
    }

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " med id " + id + " finnes ikke.");
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(ProblemType.BAD_REQUEST, "Forespørselen er ugyldig.",
                List.of(new Problem.Violation(field, message)));
    }

    /** Adds a response header, e.g. Retry-After. */
    public ApiProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}

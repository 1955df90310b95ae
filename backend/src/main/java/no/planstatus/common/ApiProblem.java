package no.planstatus.common;

import java.util.List;

/** Thrown by services and resources to answer with a problem; mapped by {@link ProblemMappers}. */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;

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

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}

package no.planstatus.common;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every query parameter to {@link AllowedText} before any resource sees it, so that a filter such as
 * {@code reference} with a NUL in it is a 400 naming the parameter, not a failed query on PostgreSQL. Path
 * parameters are ids, which {@link Params} accepts only as ASCII digits.
 */
public class QueryText {

    @ServerRequestFilter(preMatching = true)
    public void check(HttpServerRequest request) {
        if (request.query() == null) {
            return;
        }
        MultiMap parameters;
        try {
            parameters = request.params();
        } catch (IllegalArgumentException malformedEscape) {
            // not a question of characters: left to the HTTP layer's answer for a malformed query
            return;
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (Map.Entry<String, String> parameter : parameters) {
            String name = parameter.getKey();
            String problem = AllowedText.problem(name);
            if (problem != null) {
                violations.add(new Problem.Violation("query", "et parameternavn " + problem));
                continue;
            }
            problem = AllowedText.problem(parameter.getValue());
            if (problem != null) {
                violations.add(new Problem.Violation(name, problem));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, "Ett eller flere parametere er ugyldige.", violations);
        }
    }
}

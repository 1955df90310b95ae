package no.planstatus.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, so that the contract lists each error code: 400 for
 * any operation with parameters, 404 for any with a path parameter, 406 and 500 for all.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean hasPathParameter = hasParameters && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (hasParameters || operation.getRequestBody() != null) {
            addIfMissing(responses, "400", "Invalid parameter or body; `violations` names each field.");
        }
        if (hasPathParameter) {
            addIfMissing(responses, "404", "No such resource.");
        }
        addIfMissing(responses, "406", "The client does not accept JSON.");
        addIfMissing(responses, "500", "Unexpected failure; details are logged, never returned.");
        return operation;
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(content));
    }
}

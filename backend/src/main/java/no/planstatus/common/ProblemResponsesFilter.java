package no.planstatus.common;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents what every operation shares, so the contract lists each security requirement and error code:
 * <ul>
 * <li>400 always (an unknown or repeated query parameter is refused everywhere, see {@link QueryParameterCheck}),
 * 404 for a path parameter, 406 and 500 always;</li>
 * <li>writes (other than signing in and out) need a session cookie or bearer token: 401 and 403;</li>
 * <li>any operation answers 401 to an {@code Authorization} header with an unknown, revoked or malformed token;</li>
 * <li>writes with a body may answer 413 and 415; PUT and DELETE need If-Match (412, 428), except the delete of
 * a resource that is never edited;</li>
 * <li>public reads answer 304 to If-None-Match (see {@link HttpCaching});</li>
 * <li>writes may answer 503 with Retry-After when the database is held by another change (an import);</li>
 * <li>every error response, also one an operation documents itself, is a problem.</li>
 * </ul>
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> PUBLIC_WRITES = Set.of("login", "logout");
    /** Deletes of resources that are never edited, so they carry no version to check. */
    private static final Set<String> UNVERSIONED_DELETES = Set.of("revokeToken", "deleteWebhook");
    /** Reads that need no role but answer for the caller, so they are never cached. */
    private static final Set<String> PRIVATE_READS = Set.of("getSignedIn");

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> document(method, operation));
        return pathItem;
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasParameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() != Parameter.In.HEADER);
        boolean hasPathParameter = hasParameters && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean secured = (write && !PUBLIC_WRITES.contains(operation.getOperationId()))
                || (operation.getSecurity() != null && !operation.getSecurity().isEmpty());

        if (!write && !secured && !PRIVATE_READS.contains(operation.getOperationId())
                && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag."));
        }
        addIfMissing(responses, "400",
                "Invalid, unknown or repeated parameter, or invalid body; `violations` names each field.");
        if (secured) {
            operation.setSecurity(List.of(requirement("session"), requirement("bearer")));
            addIfMissing(responses, "401", "Not signed in, or the token is unknown or revoked.");
            addIfMissing(responses, "403", "The role or party may not do this, or the CSRF token is missing.");
        }
        addIfMissing(responses, "401", "The Authorization header names an unknown, revoked or malformed token.");
        if (hasPathParameter) {
            addIfMissing(responses, "404", "No such resource.");
        }
        addIfMissing(responses, "406", "The client does not accept JSON.");
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "413", "The body is too large.");
            addIfMissing(responses, "415", "The body is not application/json.");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || (method == PathItem.HttpMethod.DELETE
                        && !UNVERSIONED_DELETES.contains(operation.getOperationId()))) {
            addIfMissing(responses, "412", "If-Match does not name the current version: someone else changed it.");
            addIfMissing(responses, "428", "If-Match is missing.");
        }
        if (write) {
            addIfMissing(responses, "503", "Another change (such as an import) holds what this write needs; nothing "
                    + "was written. Try again after the seconds in Retry-After.");
            responses.getAPIResponse("503").addHeader(HttpHeaders.RETRY_AFTER, OASFactory.createHeader()
                    .description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
        }
        addIfMissing(responses, "500", "Unexpected failure; details are logged, never returned.");
        // every error is a problem, also those an operation documents itself (409, 429, ...)
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.charAt(0) >= '4' && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            if (!code.startsWith("2") && responses.getAPIResponse(code).getContent() == null) {
                responses.getAPIResponse(code).setContent(problemContent());
            }
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(problemContent()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}

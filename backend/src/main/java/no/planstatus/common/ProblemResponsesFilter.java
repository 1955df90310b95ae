package no.planstatus.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Documents what every operation shares, so the contract lists each security requirement and error code:
 * <ul>
 * <li>400 always (an unknown or repeated query parameter is refused everywhere, see {@link QueryParameterCheck}),
 * 404 for a path parameter, 406 and 500 always;</li>
 * <li>writes (other than {@link PublicWrite}s) need a session cookie or bearer token: 401 and 403;</li>
 * <li>any operation answers 401 to an {@code Authorization} header with an unknown, revoked or malformed token;</li>
 * <li>writes with a body may answer 413 (larger than its {@link BodyLimit}) and 415; PUT and DELETE need If-Match
 * (412, 428), except an {@link UnversionedDelete};</li>
 * <li>public reads answer 304 to If-None-Match (see {@link HttpCaching}), except a {@link PrivateRead};</li>
 * <li>writes may answer 503 with Retry-After when the database is held by another change (an import);</li>
 * <li>every error response, also one an operation documents itself, is a problem.</li>
 * </ul>
 * What sets one operation apart is read from the annotations on its resource method, found by its operationId in
 * the build's Jandex index: the same annotations the filters act on.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final DotName OPERATION = DotName.createSimple(
            org.eclipse.microprofile.openapi.annotations.Operation.class.getName());

    /** The facts stated on each resource method, by operationId. */
    private record Facts(boolean publicWrite, boolean privateRead, boolean unversionedDelete, Long bodyLimit) {
        static final Facts NONE = new Facts(false, false, false, null);
    }

    private final Map<String, Facts> facts = new HashMap<>();

    /** Made by SmallRye OpenAPI at build time with the application's index. */
    public ProblemResponsesFilter(IndexView index) {
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            AnnotationValue id = operation.value("operationId");
            if (operation.target().kind() != AnnotationTarget.Kind.METHOD || id == null) {
                continue;
            }
            MethodInfo method = operation.target().asMethod();
            AnnotationInstance limit = method.annotation(BodyLimit.class);
            facts.put(id.asString(), new Facts(method.hasAnnotation(PublicWrite.class),
                    method.hasAnnotation(PrivateRead.class), method.hasAnnotation(UnversionedDelete.class),
                    limit == null ? null : limit.value().asLong()));
        }
    }

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> document(method, operation,
                Optional.ofNullable(operation.getOperationId()).map(facts::get).orElse(Facts.NONE)));
        return pathItem;
    }

    /**
     * A nullable reference is written {@code anyOf: [$ref, {type: null}]} with {@code type: [object, "null"]}.
     * SmallRye leaves out the {@code "null"} on the first such reference it scans (which one that is depends on the
     * package names), so that one is mended here.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && List.of(Schema.SchemaType.OBJECT).equals(schema.getType())
                && anyOf.stream().anyMatch(s -> List.of(Schema.SchemaType.NULL).equals(s.getType()))) {
            schema.setType(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL));
        }
        return schema;
    }

    private static void document(PathItem.HttpMethod method, Operation operation, Facts facts) {
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
        boolean secured = (write && !facts.publicWrite())
                || (operation.getSecurity() != null && !operation.getSecurity().isEmpty());

        if (!write && !secured && !facts.privateRead()
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
            addIfMissing(responses, "413", "The body is larger than " + (facts.bodyLimit() == null
                    ? BodySizeLimit.describe(BodyLimit.DEFAULT_BYTES)
                    : facts.bodyLimit() == BodyLimit.SERVER_MAXIMUM ? "the server accepts at all"
                    : BodySizeLimit.describe(facts.bodyLimit())) + ".");
            addIfMissing(responses, "415", "The body is not application/json.");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || (method == PathItem.HttpMethod.DELETE
                        && !facts.unversionedDelete())) {
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

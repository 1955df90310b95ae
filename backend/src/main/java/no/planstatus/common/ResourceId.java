package no.planstatus.common;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's one schema for an id in a path or query parameter, referenced as
 * {@code @Parameter(schema = @Schema(implementation = ResourceId.class))}. The resource still takes the parameter
 * as text and reads it with {@link Params#id} or {@link Params#pathId}, so that a malformed id (a sign, leading zeros, spaces,
 * other digit systems) is a 400 problem naming the parameter rather than JAX-RS's 404, and several wrong
 * parameters are reported together.
 */
@Schema(name = "Id", type = SchemaType.INTEGER, format = "int64", minimum = "1",
        description = "An id: a positive integer written with the digits 0-9, without sign, spaces or leading zeros.")
public final class ResourceId {

    private ResourceId() {
    }
}

package no.planstatus.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a paged list; taken as text so that a malformed value is a 400 naming it. */
public class PageParams {

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to " + PageRequest.MAX_LIMIT, schema = @Schema(type = SchemaType.INTEGER,
            defaultValue = "" + PageRequest.DEFAULT_LIMIT, minimum = "1", maximum = "" + PageRequest.MAX_LIMIT))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "`nextCursor` of the previous page; omit for the first page")
    public String cursor;

    /** Parses the page, collecting violations in {@code params}; see {@link PageRequest#parse}. */
    public PageRequest parse(Params params, int numericKeys, boolean textLast) {
        return PageRequest.parse(params, limit, cursor, numericKeys, textLast);
    }
}

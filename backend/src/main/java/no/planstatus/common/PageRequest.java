package no.planstatus.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Which page of a list to answer: at most {@code limit} items after the item whose sort key the cursor holds.
 * The cursor is opaque to clients: base64url of the last item's sort key, its parts separated by a character
 * that sort keys do not contain.
 */
public record PageRequest(int limit, List<String> after) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    private static final char SEPARATOR = '\u001f';
    private static final String INVALID_CURSOR = "er ikke en gyldig markør; bruk nextCursor fra forrige side";

    /** The first page of the given size. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /**
     * Parses limit and cursor, collecting violations in {@code params}. A cursor holds {@code numericKeys} whole
     * numbers, then one text key when {@code textLast}.
     */
    public static PageRequest parse(Params params, String limit, String cursor, int numericKeys, boolean textLast) {
        return new PageRequest(params.limit("limit", limit, DEFAULT_LIMIT, MAX_LIMIT),
                decode(params, cursor, numericKeys, textLast));
    }

    public static String cursor(Object... sortKey) {
        StringBuilder joined = new StringBuilder();
        for (Object part : sortKey) {
            if (!joined.isEmpty()) {
                joined.append(SEPARATOR);
            }
            joined.append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    public boolean isFirst() {
        return after == null;
    }

    public long afterLong(int index) {
        return Long.parseLong(after.get(index));
    }

    public int afterInt(int index) {
        long value = afterLong(index);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalidCursor();
        }
        return (int) value;
    }

    /** A cursor whose parts parse but cannot be a sort key of the list. */
    public static ApiProblem invalidCursor() {
        return new ApiProblem(ProblemType.INVALID_PARAMETER, "Ett eller flere parametere er ugyldige.",
                List.of(new Problem.Violation("cursor", INVALID_CURSOR)));
    }

    public String afterText(int index) {
        return after.get(index);
    }

    private static List<String> decode(Params params, String cursor, int numericKeys, boolean textLast) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
            // Check the numbers here, so that a forged cursor is a 400 and never reaches a query.
            if (parts.size() == numericKeys + (textLast ? 1 : 0)) {
                boolean wellFormed = true;
                for (int i = 0; i < numericKeys; i++) {
                    wellFormed &= isCanonicalLong(parts.get(i));
                }
                if (textLast) {
                    wellFormed &= AllowedText.problem(parts.get(numericKeys)) == null;
                }
                if (wellFormed) {
                    return parts;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below, like a cursor of the wrong shape
        }
        params.violation("cursor", INVALID_CURSOR);
        return null;
    }

    /** A whole number as {@link #cursor} writes it: ASCII digits, an optional minus, no leading zeros. */
    private static boolean isCanonicalLong(String part) {
        return part.equals("0") || Params.canonicalPositive(part.startsWith("-") ? part.substring(1) : part) != null;
    }
}

package no.planstatus.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses path and query parameters by hand, collecting every violation, so that a malformed value gets a 400
 * problem naming the parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class Params {

    private final List<Problem.Violation> violations = new ArrayList<>();

    public Long id(String field, String raw) {
        if (raw == null || raw.isEmpty()) { // absent or empty; white space is a malformed id, not none
            return null;
        }
        Long value = canonicalPositive(raw);
        if (value != null) {
            return value;
        }
        violations.add(new Problem.Violation(field, "må være et positivt heltall skrevet med sifrene 0–9 "
                + "(uten fortegn, mellomrom eller innledende null), fikk «" + shorten(raw) + "»"));
        return null;
    }

    /**
     * The value of an id or count written the one way the API writes it: ASCII digits without sign, spaces or
     * leading zeros, within the range of a long. {@link Long#parseLong} would also take {@code +1}, {@code ١} or
     * {@code １}, so that many spellings would name the same resource.
     */
    public static Long canonicalPositive(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 19 || raw.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException beyondLong) {
            return null;
        }
    }

    public <E extends Enum<E>> E oneOf(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw.trim())) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        violations.add(new Problem.Violation(field, "må være en av " + allowed + ", fikk «" + shorten(raw) + "»"));
        return null;
    }

    public String text(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            violations.add(new Problem.Violation(field, "kan ha høyst " + maxLength + " tegn"));
            return null;
        }
        return raw.trim();
    }

    /** A page size between 1 and {@code max}, or {@code defaultValue} when absent. */
    public int limit(String field, String raw, int defaultValue, int max) {
        if (raw == null || raw.isEmpty()) { // absent or empty; white space is a malformed number, not none
            return defaultValue;
        }
        Long value = canonicalPositive(raw);
        if (value != null && value <= max) {
            return value.intValue();
        }
        violations.add(new Problem.Violation(field, "må være et heltall fra 1 til " + max + ", fikk «" + shorten(raw) + "»"));
        return defaultValue;
    }

    /** An ISO-8601 instant, e.g. 2026-11-27T10:15:30Z. */
    public Instant instant(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(field,
                    "må være et tidspunkt som 2026-11-27T10:15:30Z, fikk «" + shorten(raw) + "»"));
            return null;
        }
    }

    /** {@code true} or {@code false}; absent is null. */
    public Boolean bool(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        violations.add(new Problem.Violation(field, "må være true eller false, fikk «" + shorten(raw) + "»"));
        return null;
    }

    public void violation(String field, String message) {
        violations.add(new Problem.Violation(field, message));
    }

    /** Throws a 400 problem listing every violation found so far. */
    public void validate() {
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, "Ett eller flere parametere er ugyldige.", violations);
        }
    }

    /** Parses a single required path id, answering 400 at once when it is malformed. */
    public static long pathId(String field, String raw) {
        Params params = new Params();
        Long id = params.id(field, raw);
        params.validate();
        if (id == null) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, "Ett eller flere parametere er ugyldige.",
                    List.of(new Problem.Violation(field, "må være et positivt heltall")));
        }
        return id;
    }

    private static String shorten(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}

package no.planstatus.embed;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The look a host page asks for through query parameters: an accent colour (hex, with or without #), a compact
 * layout and the level of the page's main heading, so the embed fits the host's own heading outline.
 */
record EmbedTheme(String accent, boolean compact, int headingLevel) {

    static final String DEFAULT_ACCENT = "#1f5c99";

    private static final Pattern HEX_COLOUR = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** Thrown for a parameter the page cannot honour; the message is shown to the reader as it is. */
    static final class InvalidTheme extends RuntimeException {
        InvalidTheme(String message) {
            super(message, null, false, false);
        }
    }

    static EmbedTheme parse(String accent, String compact, String heading) {
        return new EmbedTheme(parseAccent(accent), parseCompact(compact), parseHeading(heading));
    }

    static EmbedTheme standard() {
        return new EmbedTheme(DEFAULT_ACCENT, false, 1);
    }

    private static String parseAccent(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_ACCENT;
        }
        var match = HEX_COLOUR.matcher(raw.trim());
        if (!match.matches()) {
            throw new InvalidTheme("Parameteren accent må være en heksadesimal farge som 1f5c99 eller #1f5c99.");
        }
        String hex = match.group(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    private static boolean parseCompact(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw new InvalidTheme("Parameteren compact må være true eller false.");
    }

    private static int parseHeading(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        if (raw.matches("[1-5]")) {
            return Integer.parseInt(raw);
        }
        throw new InvalidTheme("Parameteren heading må være et heltall fra 1 til 5.");
    }
}

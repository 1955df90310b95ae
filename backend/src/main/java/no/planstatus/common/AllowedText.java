package no.planstatus.common;

/**
 * The characters a text from a client may hold: any Unicode text but control characters (other than tab, line
 * feed and carriage return) and lone surrogates. PostgreSQL refuses NUL in text and the JDBC drivers store a lone
 * surrogate as {@code ?}, so such a character would be a 500 on one database and a silent change on the other; the
 * client gets a 400 naming the field instead. Carriage returns are kept as sent: CR LF is what many clients write
 * for a line break, and both databases store it unchanged.
 */
public final class AllowedText {

    private AllowedText() {
    }

    /** Why {@code text} may not be stored, as a violation message, or {@code null} when every character is allowed. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "inneholder kontrolltegnet " + codePoint(c) + ", som ikke er tillatt (bare tabulator og "
                        + "linjeskift kan brukes)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "inneholder et ufullstendig tegn (enslig surrogat " + codePoint(c)
                        + "); send teksten som gyldig UTF-8";
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}

package no.planstatus.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * The address people use to reach Planstatus ({@code PLANSTATUS_PUBLIC_URL}), the only source of absolute links
 * in answers that are shared: embed pages and the Atom feed. Links are never built from the request's
 * {@code Host}, {@code X-Forwarded-Host} or {@code Forwarded} headers, because one forged request would then decide
 * what the response cache and downstream caches hand to every later visitor.
 *
 * @param base absolute http(s) URL ending in exactly one {@code /}, without user info, query or fragment
 */
public record PublicUrl(String base) {

    /** The absolute URL of a path of the app: {@code link("/tiltak/5")} is {@code https://…/tiltak/5}. */
    public String link(String path) {
        return path.startsWith("/") ? base + path.substring(1) : base + path;
    }

    /** The host name alone, for ids that name the site, such as Atom's {@code tag:} URIs. */
    public String host() {
        return URI.create(base).getHost();
    }

    @Override
    public String toString() {
        return base;
    }

    /**
     * Parses and checks the setting when the application starts, so that a wrong value stops the start with a
     * message instead of producing broken links.
     */
    public static PublicUrl parse(String value) {
        String text = value == null ? "" : value.trim();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(text, "it is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw invalid(text, "it must be an absolute http:// or https:// address");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(text, "it names no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(text, "it may not carry a user name or password");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(text, "it may not have a query (?…) or fragment (#…)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return new PublicUrl(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path + "/");
    }

    private static IllegalArgumentException invalid(String value, String reason) {
        return new IllegalArgumentException("planstatus.public-url (PLANSTATUS_PUBLIC_URL) «" + value
                + "» is not usable: " + reason + ", e.g. https://planstatus.example.no");
    }

    /** Reads {@code planstatus.public-url} for the typed configuration. */
    public static final class ConfigConverter implements Converter<PublicUrl> {

        @Override
        public PublicUrl convert(String value) {
            return parse(value);
        }
    }
}

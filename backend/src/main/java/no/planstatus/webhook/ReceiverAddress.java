package no.planstatus.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps webhooks from being pointed at Planstatus's own machine or at link-local services (such as a cloud's
 * metadata endpoint at 169.254.169.254), which an admin's URL could otherwise reach from inside. Private networks
 * stay allowed: municipal receivers live there. Only literal addresses and "localhost" are judged; host names are
 * never resolved, so the check neither waits on DNS nor depends on it.
 */
final class ReceiverAddress {

    static final String LOOPBACK_REFUSED = "kan ikke peke til Planstatus' egen maskin (localhost, 127.0.0.0/8, ::1)";
    static final String LINK_LOCAL_REFUSED =
            "kan ikke være en lenkelokal adresse (169.254.0.0/16, fe80::/10), der bl.a. skytjenesters metadata ligger";

    /** java.net.URI gives a numeric host only as a full dotted quad (127.1 or 2130706433 have no host at all). */
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ReceiverAddress() {
    }

    /** Why the URL may not receive webhooks, or empty when it may. */
    static Optional<String> refusal(String url, boolean allowLoopback) {
        String host;
        try {
            host = new URI(url.trim()).getHost();
        } catch (URISyntaxException e) {
            return Optional.empty(); // the URL's form is judged by its own constraint
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return allowLoopback ? Optional.empty() : Optional.of(LOOPBACK_REFUSED);
        }
        return literal(host).flatMap(address -> {
            if (address.isLinkLocalAddress()) {
                return Optional.of(LINK_LOCAL_REFUSED);
            }
            // 0.0.0.0 and :: reach this machine as well.
            if (!allowLoopback && (address.isLoopbackAddress() || address.isAnyLocalAddress())) {
                return Optional.of(LOOPBACK_REFUSED);
            }
            return Optional.empty();
        });
    }

    /** The address a literal host stands for; empty for a host name (which is never looked up). */
    private static Optional<InetAddress> literal(String host) {
        try {
            if (host.startsWith("[") && host.endsWith("]")) {
                return Optional.of(InetAddress.getByName(host)); // an IPv6 literal: parsed, not looked up
            }
            if (IPV4_LITERAL.matcher(host).matches()) {
                Optional<byte[]> bytes = ipv4(host);
                return bytes.isPresent() ? Optional.of(InetAddress.getByAddress(bytes.get())) : Optional.empty();
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Parsed by hand: InetAddress.getByName would look up anything it cannot read as an address. */
    private static Optional<byte[]> ipv4(String host) {
        String[] parts = host.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int part = Integer.parseInt(parts[i]);
            if (part > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) part;
        }
        return Optional.of(bytes);
    }
}

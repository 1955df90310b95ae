package no.planstatus.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps webhooks away from Planstatus's own machine and from addresses an admin's URL must never reach from inside:
 * link-local services such as a cloud's metadata endpoint, multicast and reserved ranges. Private networks are a
 * setting (on by default: municipal receivers live there).
 *
 * <p>The check is made on addresses, not on spellings: a host name is resolved and every address it gives is judged;
 * at delivery time the sender then connects to exactly those addresses (see {@link ReceiverClient}), so a name that
 * resolves differently a moment later (DNS rebinding) cannot slip through. An IPv4 address must be written as four
 * plain decimal numbers: curl, browsers and the C library read {@code 2130706433}, {@code 0x7f.1} or
 * {@code 0177.0.0.1} as 127.0.0.1 while Java reads some of them differently, so such spellings are refused outright
 * rather than guessed at. IPv6 addresses that carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) are
 * judged by the IPv4 address they carry.
 */
final class ReceiverAddress {

    static final String NOT_AN_HTTP_URL = "må være en fullstendig http- eller https-adresse";
    static final String NON_CANONICAL_IPV4 = "må skrive en IPv4-adresse som fire desimaltall uten innledende nuller "
            + "(f.eks. 192.0.2.10); skrivemåter som 2130706433, 0x7f.1 eller 0177.0.0.1 godtas ikke";
    static final String ZONE_ID = "kan ikke ha en sone-id (%…) i IPv6-adressen";

    /** What the receiver's settings allow beyond the public internet. */
    record Policy(boolean allowLoopback, boolean allowPrivateNetworks) {
    }

    /** Why an address may not receive webhooks: the violation shown at registration and the phrase for the log. */
    enum Forbidden {
        LOOPBACK("kan ikke peke til Planstatus' egen maskin (localhost, 127.0.0.0/8, ::1)",
                "Planstatus' egen maskin"),
        UNSPECIFIED("kan ikke være en uspesifisert adresse (0.0.0.0/8, ::), som når Planstatus' egen maskin",
                "en uspesifisert adresse, som når Planstatus' egen maskin"),
        METADATA("kan ikke peke til en skytjenestes metadatatjeneste (169.254.169.254, 100.100.100.200, "
                + "fd00:ec2::254)", "en skytjenestes metadatatjeneste"),
        LINK_LOCAL("kan ikke være en lenkelokal adresse (169.254.0.0/16, fe80::/10), der bl.a. skytjenesters "
                + "metadata ligger", "en lenkelokal adresse"),
        MULTICAST("kan ikke være en gruppeadresse (224.0.0.0/4, ff00::/8)", "en gruppeadresse (multicast)"),
        RESERVED("kan ikke være kringkastingsadressen 255.255.255.255 eller en annen reservert adresse "
                + "(240.0.0.0/4)", "en kringkastings- eller reservert adresse"),
        PRIVATE("kan ikke peke til et privat nett (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, "
                + "fc00::/7): denne installasjonen sender ikke dit", "et privat nett, som denne installasjonen ikke "
                + "sender til");

        final String violation;
        final String phrase;

        Forbidden(String violation, String phrase) {
            this.violation = violation;
            this.phrase = phrase;
        }
    }

    /** A URL that may not receive webhooks: the violation on {@code url} and the sentence for the delivery log. */
    static final class Refused extends Exception {

        final String violation;

        Refused(String violation, String sentence) {
            super(sentence, null, false, false);
            this.violation = violation;
        }

        String sentence() {
            return getMessage();
        }
    }

    /** Where to deliver: the host as written (for Host and TLS) and the checked addresses to connect to. */
    record Target(String host, int port, boolean https, String requestUri, List<InetAddress> addresses) {
    }

    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** WHATWG URL's "ends in a number": a host whose last label is a number is read as an IPv4 address. */
    private static final Pattern NUMBER = Pattern.compile("\\d+|0[xX][0-9a-fA-F]*");
    private static final byte[] METADATA_V6 = {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02,
        0x54};

    private ReceiverAddress() {
    }

    /**
     * What is wrong with the URL's form, or empty when it is fine. Judged without looking anything up, so it can run
     * as a validation constraint beside the other fields.
     */
    static Optional<String> formProblem(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of(NOT_AN_HTTP_URL);
        }
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            return Optional.of(NOT_AN_HTTP_URL);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            // java.net.URI has no host for 0x7f.1 or 127.1, which other clients read as 127.0.0.1.
            return Optional.of(endsInNumber(hostOfAuthority(uri.getRawAuthority())) ? NON_CANONICAL_IPV4
                    : NOT_AN_HTTP_URL);
        }
        try {
            parse(uri.getHost());
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.violation);
        }
    }

    /**
     * Why the URL may not be registered, or empty when it may. A host name is resolved for a quick answer; one that
     * does not resolve now is accepted (the delivery log will say so), as delivery judges it again anyway.
     */
    static Optional<String> refusal(String url, Policy policy) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.empty(); // the URL's form is judged by its own constraint
        }
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        try {
            addresses(uri.getHost(), policy);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.violation);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Resolves the receiver once and judges every address it has; the sender connects to no other. */
    static Target target(URI uri, Policy policy) throws Refused, UnknownHostException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new Refused(NOT_AN_HTTP_URL, "Ble ikke sendt: adressen er ikke en fullstendig http- eller "
                    + "https-adresse.");
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Target(uri.getHost(), port, https, requestUri, addresses(uri.getHost(), policy));
    }

    private static List<InetAddress> addresses(String host, Policy policy) throws Refused, UnknownHostException {
        Optional<InetAddress> literal = parse(host);
        if (literal.isPresent()) {
            InetAddress address = literal.get();
            Optional<Forbidden> forbidden = judge(address, policy);
            if (forbidden.isPresent()) {
                throw new Refused(forbidden.get().violation,
                        "Ble ikke sendt: " + address.getHostAddress() + " er " + forbidden.get().phrase + ".");
            }
            return List.of(address);
        }
        String name = name(host);
        // RFC 6761: names under .localhost are this machine, whatever a resolver says (or does not say) about them.
        boolean loopbackName = name.equals("localhost") || name.endsWith(".localhost");
        if (loopbackName && !name.equals("localhost") && !policy.allowLoopback()) {
            throw loopbackName(name);
        }
        InetAddress[] resolvedAddresses;
        try {
            resolvedAddresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            if (loopbackName && !policy.allowLoopback()) {
                throw loopbackName(name);
            }
            throw e;
        }
        List<InetAddress> checked = new ArrayList<>();
        for (InetAddress resolved : resolvedAddresses) {
            Optional<Forbidden> forbidden = judge(resolved, policy);
            if (forbidden.isPresent()) {
                throw new Refused(forbidden.get().violation + ": " + name + " peker til " + resolved.getHostAddress(),
                        "Ble ikke sendt: " + name + " peker til " + resolved.getHostAddress() + ", som er "
                                + forbidden.get().phrase + ".");
            }
            // Without the name attached, so nothing later can look it up again.
            checked.add(InetAddress.getByAddress(resolved.getAddress()));
        }
        return checked;
    }

    private static Refused loopbackName(String name) {
        return new Refused(Forbidden.LOOPBACK.violation,
                "Ble ikke sendt: " + name + " er " + Forbidden.LOOPBACK.phrase + ".");
    }

    /** The address a literal host stands for; empty for a host name. Refuses numeric spellings that are ambiguous. */
    private static Optional<InetAddress> parse(String host) throws Refused {
        if (host.startsWith("[")) {
            if (host.contains("%")) {
                throw new Refused(ZONE_ID, "Ble ikke sendt: IPv6-adressen " + host + " har en sone-id.");
            }
            return Optional.of(literal(host));
        }
        String name = name(host);
        if (CANONICAL_IPV4.matcher(name).matches() && !host.endsWith(".")) {
            return Optional.of(literal(name));
        }
        if (endsInNumber(host)) {
            throw new Refused(NON_CANONICAL_IPV4,
                    "Ble ikke sendt: " + host + " er ikke en IPv4-adresse skrevet som fire desimaltall.");
        }
        return Optional.empty();
    }

    /** Which rule, if any, forbids the address. */
    static Optional<Forbidden> judge(InetAddress address, Policy policy) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return judgeIpv4(bytes, policy);
        }
        if (isZeroUpTo(bytes, 15) && (bytes[15] == 0 || bytes[15] == 1)) {
            return bytes[15] == 0 ? Optional.of(Forbidden.UNSPECIFIED) : loopback(policy);
        }
        byte[] carried = carriedIpv4(bytes);
        return carried != null ? judgeIpv4(carried, policy) : judgeIpv6(bytes, policy);
    }

    private static Optional<Forbidden> judgeIpv4(byte[] b, Policy policy) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of(Forbidden.UNSPECIFIED);
        }
        if (first == 127) {
            return loopback(policy);
        }
        if ((first == 169 && second == 254 && (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254)
                || (first == 100 && second == 100 && (b[2] & 0xff) == 100 && (b[3] & 0xff) == 200)) {
            return Optional.of(Forbidden.METADATA);
        }
        if (first == 169 && second == 254) {
            return Optional.of(Forbidden.LINK_LOCAL);
        }
        if (first >= 224 && first <= 239) {
            return Optional.of(Forbidden.MULTICAST);
        }
        if (first >= 240) {
            return Optional.of(Forbidden.RESERVED);
        }
        boolean isPrivate = first == 10 || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168) || (first == 100 && second >= 64 && second <= 127);
        return isPrivate && !policy.allowPrivateNetworks() ? Optional.of(Forbidden.PRIVATE) : Optional.empty();
    }

    private static Optional<Forbidden> judgeIpv6(byte[] b, Policy policy) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (Arrays.equals(b, METADATA_V6)) {
            return Optional.of(Forbidden.METADATA);
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of(Forbidden.LINK_LOCAL);
        }
        if (first == 0xff) {
            return Optional.of(Forbidden.MULTICAST);
        }
        // fc00::/7 (unique local) and the retired site-local fec0::/10
        boolean isPrivate = (first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0xc0);
        return isPrivate && !policy.allowPrivateNetworks() ? Optional.of(Forbidden.PRIVATE) : Optional.empty();
    }

    /** The IPv4 address an IPv6 address carries, or null. Such addresses reach (or are) that IPv4 address. */
    private static byte[] carriedIpv4(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        byte[] last = {b[12], b[13], b[14], b[15]};
        boolean zeroUpToWord5 = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0;
        if (zeroUpToWord5 && (w[5] == 0xffff || w[5] == 0)) {
            return last; // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible)
        }
        if (w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0xffff && w[5] == 0) {
            return last; // ::ffff:0:a.b.c.d (translated)
        }
        if (w[0] == 0x64 && w[1] == 0xff9b && ((w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0) || w[2] == 1)) {
            return last; // NAT64: 64:ff9b::/96 and the local-use 64:ff9b:1::/48
        }
        if (w[0] == 0x2002) {
            return new byte[] {b[2], b[3], b[4], b[5]}; // 6to4
        }
        if (w[0] == 0x2001 && w[1] == 0) {
            return new byte[] {(byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]}; // Teredo client
        }
        return null;
    }

    private static Optional<Forbidden> loopback(Policy policy) {
        return policy.allowLoopback() ? Optional.empty() : Optional.of(Forbidden.LOOPBACK);
    }

    private static boolean isZeroUpTo(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsInNumber(String host) {
        if (host == null) {
            return false;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = name.substring(name.lastIndexOf('.') + 1);
        return !last.isEmpty() && NUMBER.matcher(last).matches();
    }

    private static String name(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** The host part of an authority java.net.URI could not read as server-based: after any user info, before a port. */
    private static String hostOfAuthority(String authority) {
        if (authority == null) {
            return null;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        return colon >= 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
    }

    /** Parses an address literal (an IPv6 one in brackets); getByName looks nothing up for these. */
    private static InetAddress literal(String host) throws Refused {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new Refused(NOT_AN_HTTP_URL, "Ble ikke sendt: " + host + " er ikke en gyldig IP-adresse.");
        }
    }
}

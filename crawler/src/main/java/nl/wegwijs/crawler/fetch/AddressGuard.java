package nl.wegwijs.crawler.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses hosts that resolve to loopback, private, link-local or otherwise non-public addresses, so a crawl
 * seeded with a hostile URL cannot reach the intranet (server-side request forgery, OWASP SSRF cheat sheet).
 *
 * <p>The check resolves the name itself and the HTTP client resolves it again, so a DNS-rebinding attacker with
 * a zero TTL could still slip through; pinning the resolved address needs a custom socket layer we do not have.
 */
public final class AddressGuard {

    private AddressGuard() {}

    /** The reason the URL is refused, or empty when it may be fetched. */
    public static Optional<String> refusal(URI url, boolean allowLocal) {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("only http and https are fetched");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("no host");
        }
        if (allowLocal) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(stripBrackets(host))) {
                if (isNonPublic(address)) {
                    return Optional.of(host + " resolves to non-public address " + address.getHostAddress());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + host);
        }
    }

    static boolean isNonPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // fc00::/7 unique local (RFC 4193)
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 // "this network" (RFC 791)
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT (RFC 6598)
                || (first == 198 && (second == 18 || second == 19)) // benchmarking (RFC 2544)
                || first >= 240; // reserved and broadcast (RFC 1112)
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}

package dev.verbatim.ingest.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The SSRF guard: refuses a URL whose host resolves to a loopback, private, link-local, multicast,
 * unspecified, carrier-grade NAT or unique-local address, IPv4 or IPv6 (IPv4-mapped included). A host
 * with several addresses is refused when any one of them is not public, since the HTTP client may
 * pick any. Checked before every request, redirects included.
 *
 * <p>The JDK client resolves the name again when it connects, so a DNS answer that changes between
 * the check and the connection (rebinding) is not covered; a resolver pinned per request would need a
 * client with a DNS hook.
 *
 * <p>Immutable and thread-safe.
 */
public final class AddressGuard {

    /** Resolves a host name to all its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** A guard using the system resolver. */
    public static AddressGuard system(boolean allowPrivate) {
        return new AddressGuard(allowPrivate, InetAddress::getAllByName);
    }

    /** Why the URL must not be fetched, or empty when it may. */
    public Optional<String> refusal(URI uri) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("no host in " + uri);
        }
        try {
            for (InetAddress a : resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)) {
                if (!isPublic(a)) {
                    return Optional.of(host + " resolves to the non-public address " + a.getHostAddress());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("cannot resolve " + host);
        }
    }

    /** Whether an address is publicly routable. */
    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (a instanceof Inet6Address) {
            return isPublicV6(b);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 && first != 10 && first != 127 && first < 224
                && !(first == 100 && second >= 64 && second < 128)   // carrier-grade NAT 100.64/10
                && !(first == 169 && second == 254)
                && !(first == 172 && second >= 16 && second < 32)
                && !(first == 192 && second == 168)
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0);
    }

    private static boolean isPublicV6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return false; // unique local fc00::/7
        }
        boolean mappedOrCompatible = true;
        for (int i = 0; i < 10; i++) {
            mappedOrCompatible &= b[i] == 0;
        }
        if (mappedOrCompatible && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            byte[] v4 = {b[12], b[13], b[14], b[15]};
            return isPublicV4(v4); // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address
        }
        return true;
    }
}

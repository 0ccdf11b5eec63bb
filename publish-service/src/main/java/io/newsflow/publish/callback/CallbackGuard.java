package io.newsflow.publish.callback;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps callbacks away from this service's own network (SSRF): loopback, private, link-local, unique-local,
 * cloud metadata, multicast and unspecified addresses are refused after DNS resolution, every address of the name,
 * unless the host is allowlisted. Called at registration and again right before every attempt, so a name that
 * later resolves to a private address fails that attempt.
 */
public final class CallbackGuard {

    /** Host name → addresses; replaceable so tests can change what a name resolves to. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowed;
    private final Resolver resolver;

    public CallbackGuard(List<String> allowedHosts, Resolver resolver) {
        this.allowed = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    public CallbackGuard(List<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    /**
     * @return the parsed URI
     * @throws ForbiddenCallbackException with a reason a person can act on
     */
    public URI check(String callback) {
        URI uri;
        try {
            uri = URI.create(callback == null ? "" : callback.strip());
        } catch (IllegalArgumentException e) {
            throw new ForbiddenCallbackException("The callback is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ForbiddenCallbackException("The callback must be an absolute http or https URL with a host.");
        }
        if (uri.getUserInfo() != null) {
            throw new ForbiddenCallbackException("The callback must not carry user credentials.");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (allowed.contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new ForbiddenCallbackException("The callback host " + host + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            String reason = forbidden(address);
            if (reason != null && !allowed.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
                throw new ForbiddenCallbackException("The callback host " + host + " resolves to " + address.getHostAddress()
                        + ", " + reason + "; callbacks must be reachable public addresses.");
            }
        }
        return uri;
    }

    /** Why the address may not be called, or null when it may. */
    static String forbidden(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress() || (b.length == 4 && (b[0] & 0xff) == 169 && (b[1] & 0xff) == 254)) {
            return "a link-local address (cloud metadata lives there)";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a unique-local (private) IPv6 address";
        }
        if (b.length == 4 && ((b[0] & 0xff) == 0 || (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64)) {
            return "a reserved or carrier-grade NAT address";
        }
        return null;
    }
}

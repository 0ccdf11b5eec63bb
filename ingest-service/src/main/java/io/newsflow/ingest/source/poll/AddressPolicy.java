package io.newsflow.ingest.source.poll;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether ingest may connect to a URL's host (SSRF): every address the name resolves to must be public
 * ({@link NonPublicAddresses}), since the client could pick any of them, unless private addresses are allowed or
 * the address and port are on the allow-list. The caller connects to the address returned, never to the name.
 */
final class AddressPolicy {

    /** Host name to addresses; replaceable so that tests can make a name resolve to what they need. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final int ANY_PORT = -1;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    private final boolean allowPrivate;
    private final Set<String> allowed = new HashSet<>();
    private final Resolver resolver;

    AddressPolicy(FetchProperties properties, Resolver resolver) {
        this.allowPrivate = properties.allowPrivateAddresses();
        this.resolver = resolver;
        properties.allowedAddresses().forEach(entry -> allowed.add(parse(entry)));
    }

    AddressPolicy(FetchProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    /**
     * @param uri an absolute http(s) URL
     * @return the address to connect to, checked
     * @throws RefusedFetchException naming the address and why it is refused
     * @throws UnknownHostException when the name does not resolve (perhaps only for now)
     */
    InetAddress check(URI uri) throws RefusedFetchException, UnknownHostException {
        String host = bare(uri.getHost());
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses.length == 0) {
            throw new UnknownHostException(host + " has no address");
        }
        for (InetAddress address : addresses) {
            String reason = NonPublicAddresses.reason(address);
            if (reason != null && !allowPrivate && !allowed.contains(key(address, port))
                    && !allowed.contains(key(address, ANY_PORT))) {
                String which = host.equalsIgnoreCase(address.getHostAddress()) || host.contains(":")
                        ? address.getHostAddress() : host + " resolves to " + address.getHostAddress() + ", which";
                throw new RefusedFetchException(uri + " was refused: " + which + " is " + reason
                        + "; ingest fetches public addresses only (newsflow.ingest.sources.fetch.allow-private-addresses"
                        + " and allowed-addresses make exceptions)");
            }
        }
        return addresses[0];
    }

    /** {@code address:port}, {@code [v6]:port} or a bare address, to the form {@link #key} gives. */
    private static String parse(String entry) {
        String text = entry.strip();
        String host = text;
        int port = ANY_PORT;
        int colon = text.lastIndexOf(':');
        if (text.startsWith("[") && text.contains("]")) {
            host = text.substring(1, text.indexOf(']'));
            String rest = text.substring(text.indexOf(']') + 1);
            port = rest.isEmpty() ? ANY_PORT : port(entry, rest.startsWith(":") ? rest.substring(1) : rest);
        } else if (colon > 0 && colon == text.indexOf(':')) {
            host = text.substring(0, colon);
            port = port(entry, text.substring(colon + 1));
        }
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            throw new IllegalArgumentException("allowed-addresses entry '" + entry + "' is not an IP address, "
                    + "address:port or [IPv6]:port");
        }
        try {
            return key(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("allowed-addresses entry '" + entry + "' is not a valid IP address", e);
        }
    }

    private static int port(String entry, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("allowed-addresses entry '" + entry + "' has no valid port");
    }

    private static String key(InetAddress address, int port) {
        return address.getHostAddress().toLowerCase(Locale.ROOT) + " " + port;
    }

    static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}

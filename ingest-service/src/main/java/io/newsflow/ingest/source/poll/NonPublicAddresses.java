package io.newsflow.ingest.source.poll;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * Addresses a source must not make ingest fetch: everything that reaches this host, its network or the cloud's
 * metadata service rather than the public internet. IPv6 forms that carry an IPv4 address (mapped, compatible,
 * NAT64, 6to4) are judged by that IPv4 address, since that is where the packets end up.
 */
final class NonPublicAddresses {

    private NonPublicAddresses() {
    }

    /** Why the address is not public, as a phrase ("a loopback address"); null when it is public. */
    static String reason(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return ipv4(b);
        }
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            String reason = ipv4(embedded);
            return reason == null ? null : reason + " (IPv4 " + (embedded[0] & 0xff) + "." + (embedded[1] & 0xff) + "."
                    + (embedded[2] & 0xff) + "." + (embedded[3] & 0xff) + " written as IPv6)";
        }
        return ipv6(b);
    }

    private static String ipv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (Arrays.equals(b, new byte[4])) {
            return "the unspecified address";
        }
        if (first == 0) {
            return "a reserved address (0.0.0.0/8)";
        }
        if (first == 127) {
            return "a loopback address";
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return "a private address";
        }
        if (first == 169 && second == 254) {
            return "a link-local address (where cloud metadata such as 169.254.169.254 lives)";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "a carrier-grade NAT address (100.64.0.0/10)";
        }
        if (first >= 224 && first < 240) {
            return "a multicast address";
        }
        if (first >= 240) {
            return "a reserved or broadcast address (240.0.0.0/4)";
        }
        return null;
    }

    private static String ipv6(byte[] b) {
        if (Arrays.equals(b, new byte[16])) {
            return "the unspecified address";
        }
        if (Arrays.equals(Arrays.copyOf(b, 15), new byte[15]) && b[15] == 1) {
            return "a loopback address";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return "a link-local address";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "a site-local (private) address";
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "a unique-local (private) IPv6 address";
        }
        if ((b[0] & 0xff) == 0xff) {
            return "a multicast address";
        }
        if (startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
            return "a local-use NAT64 address (64:ff9b:1::/48)";
        }
        return null;
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d or 2002:aabb:ccdd::; else null. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean first80BitsZero = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        if (first80BitsZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff
                || first80BitsZero && b[10] == 0 && b[11] == 0 && !Arrays.equals(Arrays.copyOf(b, 15), new byte[15])
                || startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (startsWith(b, 0x20, 0x02)) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

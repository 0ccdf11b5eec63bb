package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NonPublicAddressesTest {

    @ParameterizedTest
    @CsvSource({"127.0.0.1, loopback", "127.255.0.9, loopback", "10.1.2.3, private", "172.16.0.1, private",
        "172.31.255.255, private", "192.168.1.1, private", "169.254.169.254, link-local", "100.64.0.1, carrier-grade",
        "100.127.255.255, carrier-grade", "0.0.0.0, unspecified", "0.1.2.3, reserved", "224.0.0.1, multicast",
        "239.255.255.250, multicast", "255.255.255.255, broadcast", "::, unspecified", "::1, loopback",
        "fe80::1, link-local", "fc00::1, unique-local", "fd00:ec2::254, unique-local", "ff02::1, multicast",
        "fec0::1, site-local", "64:ff9b::a9fe:a9fe, link-local", "64:ff9b::7f00:1, loopback",
        "2002:0a00:0001::1, private", "::a9fe:a9fe, link-local"})
    void namesWhyAnAddressIsNotPublic(String address, String reason) throws UnknownHostException {
        assertThat(NonPublicAddresses.reason(InetAddress.getByName(address))).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "169.253.1.1", "192.169.0.1",
        "2606:4700:4700::1111", "2001:db8::1", "64:ff9b::808:808"})
    void letsPublicAddressesThrough(String address) throws UnknownHostException {
        assertThat(NonPublicAddresses.reason(InetAddress.getByName(address))).isNull();
    }

    /** The JDK turns a parsed ::ffff:a.b.c.d into IPv4; a resolver may hand over the IPv6 form itself. */
    @ParameterizedTest
    @CsvSource({"00000000000000000000ffff7f000001, loopback", "00000000000000000000ffffa9fea9fe, link-local",
        "00000000000000000000ffff0a000001, private", "00000000000000000000ffff00000000, unspecified"})
    void judgesIpv4MappedIpv6ByItsIpv4Address(String hex, String reason) throws UnknownHostException {
        Inet6Address mapped = Inet6Address.getByAddress(null, HexFormat.of().parseHex(hex), -1);

        assertThat(NonPublicAddresses.reason(mapped)).contains(reason).contains("written as IPv6");
    }
}

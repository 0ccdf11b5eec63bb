package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy alone, with a resolver that knows a few test names, so that nothing here touches the network. */
class AddressPolicyTest {

    private static final Map<String, String[]> NAMES = Map.of(
            "news.test", new String[] {"93.184.216.34"},
            "mixed.test", new String[] {"93.184.216.34", "10.0.0.7"},
            "intranet.test", new String[] {"192.168.10.20"},
            "v6.test", new String[] {"::1"});

    private static final AddressPolicy.Resolver RESOLVER = host -> {
        String[] addresses = NAMES.get(host);
        if (addresses == null) {
            return InetAddress.getAllByName(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    };

    @Test
    void returnsThePublicAddressToConnectTo() throws Exception {
        assertThat(policy(false).check(URI.create("https://news.test/feed.xml")).getHostAddress())
                .isEqualTo("93.184.216.34");
    }

    @Test
    void refusesANameWhenAnyOfItsAddressesIsPrivate() {
        assertThatThrownBy(() -> policy(false).check(URI.create("http://mixed.test/")))
                .isInstanceOf(RefusedFetchException.class)
                .hasMessageContaining("mixed.test resolves to 10.0.0.7, which is a private address");
    }

    @Test
    void allowsEverythingWhenPrivateAddressesAreAllowed() throws Exception {
        assertThat(policy(true).check(URI.create("http://intranet.test/")).getHostAddress())
                .isEqualTo("192.168.10.20");
        assertThat(policy(true).check(URI.create("http://169.254.169.254/")).getHostAddress())
                .isEqualTo("169.254.169.254");
    }

    @Test
    void allowsListedAddressesOnTheListedPortOnly() throws Exception {
        AddressPolicy policy = policy(false, "192.168.10.20:8443", "[::1]:9000");

        assertThat(policy.check(URI.create("https://intranet.test:8443/")).getHostAddress()).isEqualTo("192.168.10.20");
        assertThat(policy.check(URI.create("http://v6.test:9000/")).isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> policy.check(URI.create("https://intranet.test/")))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("192.168.10.20");
        assertThatThrownBy(() -> policy.check(URI.create("http://[::1]:9001/")))
                .isInstanceOf(RefusedFetchException.class).hasMessageContaining("loopback");
    }

    @Test
    void allowsABareListedAddressOnAnyPort() throws Exception {
        AddressPolicy policy = policy(false, "192.168.10.20");

        assertThat(policy.check(URI.create("http://intranet.test:8080/"))).isNotNull();
        assertThat(policy.check(URI.create("https://192.168.10.20/"))).isNotNull();
    }

    @Test
    void refusesAnAllowListEntryThatIsAName() {
        assertThatThrownBy(() -> policy(false, "intranet.test:80")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'intranet.test:80' is not an IP address");
        assertThatThrownBy(() -> policy(false, "127.0.0.1:http")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no valid port");
    }

    @Test
    void reportsANameThatDoesNotResolveAsUnknownSoThatItIsTriedAgain() {
        AddressPolicy policy = new AddressPolicy(properties(false), host -> new InetAddress[0]);

        assertThatThrownBy(() -> policy.check(URI.create("http://gone.test/"))).isInstanceOf(UnknownHostException.class);
    }

    private static AddressPolicy policy(boolean allowPrivate, String... allowed) {
        return new AddressPolicy(properties(allowPrivate, allowed), RESOLVER);
    }

    private static FetchProperties properties(boolean allowPrivate, String... allowed) {
        return new FetchProperties(allowPrivate, List.of(allowed), 5, Duration.ofSeconds(30));
    }
}

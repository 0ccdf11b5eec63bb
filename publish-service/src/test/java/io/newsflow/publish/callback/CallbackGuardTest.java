package io.newsflow.publish.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CallbackGuardTest {

    private final CallbackGuard guard = new CallbackGuard(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/", "http://10.1.2.3/", "http://172.16.0.9/",
            "http://172.31.255.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/", "http://[fe80::1]/", "http://[fd00:ec2::254]/", "http://[fc00::5]/", "http://0.0.0.0/",
            "http://[::]/", "http://[::ffff:10.0.0.1]/", "http://100.64.0.1/", "http://224.0.0.1/"})
    void refusesInternalAddresses(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(ForbiddenCallbackException.class)
                .hasMessageContaining("resolves to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "/relative", "http://user:pw@example.com/", "not a url"})
    void refusesWhatIsNotAPlainHttpUrl(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(ForbiddenCallbackException.class);
    }

    @Test
    void acceptsPublicAddressesAndAllowlistedHosts() {
        assertThat(guard.check("https://93.184.216.34/hook").getHost()).isEqualTo("93.184.216.34");
        assertThat(new CallbackGuard(List.of("127.0.0.1")).check("http://127.0.0.1:9/x").getPort()).isEqualTo(9);
        assertThatThrownBy(() -> new CallbackGuard(List.of("127.0.0.1")).check("http://10.0.0.1/"))
                .isInstanceOf(ForbiddenCallbackException.class);
    }

    @Test
    void checksEveryAddressOfANameEachTime() throws Exception {
        InetAddress[][] answer = {{InetAddress.getByName("93.184.216.34")}};
        CallbackGuard dns = new CallbackGuard(List.of(), host -> answer[0]);
        assertThat(dns.check("https://hooks.partner.test/x")).isNotNull();
        answer[0] = new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.0.7")};
        assertThatThrownBy(() -> dns.check("https://hooks.partner.test/x")).hasMessageContaining("192.168.0.7");
    }
}

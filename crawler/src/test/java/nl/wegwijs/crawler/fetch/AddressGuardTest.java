package nl.wegwijs.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    @ParameterizedTest(name = "{0} is non-public: {1}")
    @CsvSource({
        "127.0.0.1, true", "10.1.2.3, true", "172.16.0.1, true", "192.168.1.1, true", "169.254.169.254, true",
        "100.64.0.1, true", "0.0.0.0, true", "::1, true", "fd00::1, true", "fe80::1, true",
        "8.8.8.8, false", "145.97.39.155, false", "2001:4860:4860::8888, false",
    })
    void private_loopback_and_metadata_addresses_are_recognised(String ip, boolean nonPublic) throws UnknownHostException {
        assertThat(AddressGuard.isNonPublic(InetAddress.getByName(ip))).isEqualTo(nonPublic);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"http://127.0.0.1:8080/", "http://localhost/", "http://[::1]/", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd"})
    void local_targets_are_refused_unless_allowed(String url) {
        assertThat(AddressGuard.refusal(URI.create(url), false)).isPresent();
    }

    @Test
    void local_targets_pass_when_explicitly_allowed() {
        assertThat(AddressGuard.refusal(URI.create("http://127.0.0.1:8080/"), true)).isEmpty();
    }
}

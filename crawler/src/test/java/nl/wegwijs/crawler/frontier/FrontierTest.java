package nl.wegwijs.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontierTest {

    private final Frontier frontier = new Frontier(new Scope(Set.of("example.nl"), List.of()), 2, new TrapDetector(24));

    private static URI u(String s) {
        return UrlNormaliser.normalise(s).orElseThrow();
    }

    @ParameterizedTest(name = "{0} at depth {1}: {2}")
    @CsvSource({
        "https://example.nl/a, 1, QUEUED",
        "https://www.example.nl/a, 1, QUEUED",
        "https://other.nl/a, 1, OUT_OF_SCOPE",
        "https://example.nl/deep, 3, TOO_DEEP",
        "https://example.nl/x/y/x/y/x/y, 1, TRAP",
    })
    void offered_urls_are_admitted_by_scope_depth_and_trap_rules(String url, int depth, Frontier.Admission expected) {
        assertThat(frontier.offer(u(url), depth, null)).isEqualTo(expected);
    }

    @Test
    void the_same_page_is_queued_once() {
        assertThat(frontier.offer(u("https://example.nl/a/"), 0, null)).isEqualTo(Frontier.Admission.QUEUED);
        assertThat(frontier.offer(u("https://example.nl/a#x"), 1, null)).isEqualTo(Frontier.Admission.DUPLICATE);
        assertThat(frontier.offer(u("https://example.nl/a?utm_source=y"), 1, null)).isEqualTo(Frontier.Admission.DUPLICATE);
        assertThat(frontier.size()).isEqualTo(1);
    }

    @Test
    void the_host_free_soonest_goes_first_and_dropped_hosts_take_nothing_more() {
        Frontier two = new Frontier(new Scope(Set.of("a.nl", "b.nl"), List.of()), 5, new TrapDetector(24));
        two.offer(u("https://a.nl/1"), 0, null);
        two.offer(u("https://a.nl/2"), 0, null);
        two.offer(u("https://b.nl/1"), 0, null);
        URI first = two.next().orElseThrow().item().url();
        two.politenessSlot(first, Instant.now().plusSeconds(60));
        assertThat(two.next().orElseThrow().item().url()).isEqualTo(u("https://b.nl/1"));
        assertThat(two.dropHost(u("https://a.nl/"))).isEqualTo(1);
        assertThat(two.offer(u("https://a.nl/3"), 0, null)).isEqualTo(Frontier.Admission.HOST_DROPPED);
        assertThat(two.next()).isEmpty();
    }

    @Test
    void path_prefixes_narrow_the_scope() {
        Scope scope = new Scope(Set.of("example.nl"), List.of("/zorg/"));
        assertThat(scope.allows(URI.create("https://example.nl/zorg/logeren"))).isTrue();
        assertThat(scope.allows(URI.create("https://example.nl/nieuws/"))).isFalse();
    }
}

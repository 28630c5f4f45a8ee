package nl.wegwijs.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormaliserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTP://WWW.Example.NL:80/a/b.html                      | http://www.example.nl/a/b.html
            https://example.nl:443                                 | https://example.nl/
            https://example.nl:8443/x                              | https://example.nl:8443/x
            https://example.nl/a/./b/../c                          | https://example.nl/a/c
            https://example.nl/page#section                        | https://example.nl/page
            https://example.nl/p?utm_source=x&utm_medium=y         | https://example.nl/p
            https://example.nl/p?b=2&a=1&fbclid=abc&gclid=def       | https://example.nl/p?a=1&b=2
            https://example.nl/p;jsessionid=ABC123?x=1             | https://example.nl/p?x=1
            https://example.nl/%7ejan/%2fslash                     | https://example.nl/~jan/%2Fslash
            https://example.nl/zoek?q=respijt zorg                 | https://example.nl/zoek?q=respijt%20zorg
            https://example.nl.                                    | https://example.nl/
            """)
    void urls_are_normalised_to_one_spelling(String raw, String expected) {
        assertThat(UrlNormaliser.normalise(raw)).map(URI::toString).contains(expected);
    }

    @ParameterizedTest(name = "{0} is not crawlable")
    @CsvSource({"mailto:info@example.nl", "javascript:void(0)", "ftp://example.nl/file", "tel:0101234567", "#top", "''"})
    void non_http_links_are_rejected(String href) {
        assertThat(UrlNormaliser.resolve(URI.create("https://example.nl/"), href)).isEmpty();
    }

    @ParameterizedTest(name = "{0} and {1} are the same page")
    @CsvSource({
        "https://example.nl/aanbod/, https://example.nl/aanbod",
        "https://example.nl/aanbod/index.html, https://example.nl/aanbod/",
        "https://example.nl/?utm_campaign=x, https://example.nl/",
    })
    void duplicates_share_a_dedup_key(String a, String b) {
        assertThat(UrlNormaliser.dedupKey(UrlNormaliser.normalise(a).orElseThrow()))
                .isEqualTo(UrlNormaliser.dedupKey(UrlNormaliser.normalise(b).orElseThrow()));
    }

    @ParameterizedTest(name = "{1} on {0} resolves to {2}")
    @CsvSource({
        "https://example.nl/a/b.html, c.html, https://example.nl/a/c.html",
        "https://example.nl/a/b.html, ../c.html, https://example.nl/c.html",
        "https://example.nl/a/b.html, //other.nl/x, https://other.nl/x",
        "https://example.nl/a/, ?page=2, https://example.nl/a/?page=2",
    })
    void relative_links_resolve_against_the_page(String base, String href, String expected) {
        assertThat(UrlNormaliser.resolve(URI.create(base), href)).map(URI::toString).contains(expected);
    }
}

package nl.wegwijs.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

    private static final URI PAGE = URI.create("https://www.voorbeeld.nl/pagina");
    private final PageExtractor extractor = PageExtractor.withDefaultVocabulary();

    private PageExtraction extract(String fixture) throws IOException {
        try (InputStream in = PageExtractorTest.class.getResourceAsStream("/extract/" + fixture)) {
            return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), PAGE);
        }
    }

    @Test
    void navigation_footer_forms_and_cookie_banners_are_not_read_as_content() throws IOException {
        Candidate c = extract("chrome.html").candidates().getFirst();
        assertThat(c.name()).isEqualTo("Buurtzorg Jong");
        assertThat(c.phones()).containsExactly("+31705555555");
        assertThat(c.emails()).containsExactly("team@buurtzorgjong.example");
        assertThat(c.address()).as("the footer's postcode is chrome").isNull();
        assertThat(c.description()).startsWith("Jeugdhulp en opvoedondersteuning");
        assertThat(c.categories()).contains("gedrag");
    }

    @Test
    void noindex_pages_yield_no_entries_and_nofollow_pages_no_links() throws IOException {
        PageExtraction page = extract("noindex.html");
        assertThat(page.noindex()).isTrue();
        assertThat(page.candidates()).isEmpty();
        assertThat(page.links()).isEmpty();
    }

    @Test
    void broken_json_ld_falls_back_to_the_page_text() throws IOException {
        Candidate c = extract("broken-jsonld.html").candidates().getFirst();
        assertThat(c.source()).isEqualTo(Candidate.Source.PAGE_TEXT);
        assertThat(c.emails()).containsExactly("info@lotje.example");
        assertThat(c.categories()).contains("lotgenoten");
    }

    @Test
    void provisions_are_found_in_graphs_and_main_entities_but_nested_organizers_are_not_separate() throws IOException {
        var names = extract("graph.html").candidates().stream().map(Candidate::name).toList();
        assertThat(names).containsExactly("Gemeente Voorbeeld", "Wmo-hulpmiddelen aanvragen", "Inloopspreekuur");
    }

    @Test
    void a_service_takes_its_providers_address_and_markup_is_stripped_from_text() throws IOException {
        Candidate service = extract("graph.html").candidates().get(1);
        assertThat(service.schemaType()).isEqualTo("GovernmentService");
        assertThat(service.address()).isEqualTo(new Candidate.PostalAddress("Markt 1", "1234 AB", "Voorbeeld", null));
        assertThat(service.description()).isEqualTo("Een rolstoel of woningaanpassing via de Wmo.");
        assertThat(service.categories()).contains("hulpmiddelen");
    }

    @Test
    void an_event_with_a_text_location_gets_postcode_and_place_from_it() throws IOException {
        Candidate event = extract("graph.html").candidates().get(2);
        assertThat(event.startDate()).isEqualTo("2026-06-01");
        assertThat(event.address().postcode()).isEqualTo("1234 AB");
        assertThat(event.address().place()).isEqualTo("Voorbeeld");
    }

    @Test
    void a_page_without_any_contact_detail_yields_no_entry() {
        PageExtraction page = extractor.extract("<html><body><main><h1>Nieuws</h1><p>Mooi weer.</p></main></body></html>", PAGE);
        assertThat(page.candidates()).isEmpty();
    }
}

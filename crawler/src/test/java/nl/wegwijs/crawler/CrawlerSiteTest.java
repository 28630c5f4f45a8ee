package nl.wegwijs.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.wegwijs.crawler.testing.FixtureServer;
import nl.wegwijs.crawler.testing.FixtureSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One crawl of the whole fixture site on a real loopback server; each test checks one behaviour of that crawl. */
class CrawlerSiteTest {

    static FixtureServer server;
    static CrawlReport report;
    static final List<ExtractedEntry> entries = new CopyOnWriteArrayList<>();
    static final List<PageVisit> visits = new CopyOnWriteArrayList<>();
    static long elapsedMillis;

    static CrawlerSettings testSettings() {
        return CrawlerSettings.defaults()
                .withPolitenessDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withAllowLocal(true)
                .withLimits(200, 50);
    }

    @BeforeAll
    static void crawlFixtureSite() {
        server = FixtureSites.site();
        long start = System.nanoTime();
        try (Crawler crawler = new Crawler(testSettings().withMaxCalendarVariants(12))) {
            report = crawler.crawl(CrawlRequest.of(server.url("/").toString()), new CrawlListener() {
                @Override
                public void onEntry(ExtractedEntry entry) {
                    entries.add(entry);
                }

                @Override
                public void onPage(PageVisit visit) {
                    visits.add(visit);
                }
            });
        }
        elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static ExtractedEntry entryNamed(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + name + " in " + entries.stream().map(ExtractedEntry::name).toList()));
    }

    private static VisitOutcome outcomeOf(String path) {
        return visits.stream().filter(v -> v.url().getRawPath().equals(path)).findFirst().map(PageVisit::outcome)
                .orElseThrow(() -> new AssertionError("no visit of " + path));
    }

    @Test
    void nothing_robots_txt_forbids_is_ever_requested() {
        assertThat(server.requestedPaths()).noneMatch(p -> p.startsWith("/private/")).doesNotContain("/contact?print=1");
        assertThat(outcomeOf("/private/geheim.html")).isEqualTo(VisitOutcome.ROBOTS_DISALLOWED);
        assertThat(server.count("/robots.txt")).isEqualTo(1);
    }

    @Test
    void json_ld_local_business_becomes_an_entry_with_normalised_contact_details() {
        ExtractedEntry e = entryNamed("Logeerhuis De Vlinder");
        assertThat(e.source()).isEqualTo("JSON_LD");
        assertThat(e.schemaType()).isEqualTo("LocalBusiness");
        assertThat(e.description()).isEqualTo(
                "Logeeropvang en respijtzorg voor kinderen met een ernstige meervoudige beperking & hun ouders.");
        assertThat(e.phones()).containsExactly("+31101234567");
        assertThat(e.emails()).containsExactly("info@devlinder.nl");
        assertThat(e.address()).isEqualTo(new ExtractedEntry.Address("Vlinderstraat 12", "3011 AB", "Rotterdam", null));
        assertThat(e.openingHours()).containsExactly("Friday,Saturday 16:00-23:59");
        assertThat(e.url()).isEqualTo(server.url("/aanbod/logeerhuis.html").toString());
        assertThat(e.guessedCategories()).contains("respijt");
    }

    @Test
    void microdata_medical_organization_becomes_an_entry() {
        ExtractedEntry e = entryNamed("Kinderthuiszorg Zonnestraal");
        assertThat(e.source()).isEqualTo("MICRODATA");
        assertThat(e.phones()).containsExactly("+31612345678");
        assertThat(e.address().postcode()).isEqualTo("5211 AA");
        assertThat(e.address().place()).isEqualTo("'s-Hertogenbosch");
        assertThat(e.openingHours()).containsExactly("Mo-Fr 08:00-18:00");
        assertThat(e.guessedCategories()).contains("thuiszorg");
    }

    @Test
    void unstructured_page_yields_contacts_from_main_content_only() {
        ExtractedEntry e = entryNamed("Ouderpunt Zorgnetwerk");
        assertThat(e.source()).isEqualTo("PAGE_TEXT");
        assertThat(e.phones()).containsExactly("+31201234567", "+31687654321");
        assertThat(e.emails()).containsExactly("ouderpunt@voorbeeld.nl");
        assertThat(e.address()).isEqualTo(new ExtractedEntry.Address(null, "1012 AB", "Amsterdam", "Amsterdam"));
        assertThat(e.guessedCategories()).contains("lotgenoten", "regie");
    }

    @Test
    void a_permanent_redirect_is_followed_to_an_event() {
        ExtractedEntry e = entryNamed("Ouderavond brussen");
        assertThat(e.schemaType()).isEqualTo("Event");
        assertThat(e.startDate()).isEqualTo("2026-05-12T19:30");
        assertThat(e.address().place()).isEqualTo("Groningen");
        assertThat(e.sourcePage().getPath()).isEqualTo("/nieuw.html");
    }

    @Test
    void windows_1252_page_is_decoded_by_its_meta_charset() {
        ExtractedEntry e = entryNamed("Zorgboerderij “De Kröller” – dagbesteding");
        assertThat(e.phones()).containsExactly("+31243456789");
        assertThat(e.address().postcode()).isEqualTo("6511 AB");
        assertThat(e.guessedCategories()).contains("opvang");
    }

    @Test
    void duplicates_under_tracking_parameters_fragments_and_trailing_slashes_are_fetched_once() {
        assertThat(server.count("/aanbod/logeerhuis.html")).isEqualTo(1);
        assertThat(server.requestedPaths()).noneMatch(p -> p.contains("utm_"));
        assertThat(server.count("/aanbod")).isZero();
        assertThat(server.count("/aanbod/")).isEqualTo(1);
        assertThat(entries.stream().filter(e -> e.name().equals("Logeerhuis De Vlinder"))).hasSize(1);
    }

    @Test
    void the_endless_calendar_is_cut_off_as_a_trap() {
        assertThat(server.requestedPaths().stream().filter(p -> p.startsWith("/agenda"))).hasSizeBetween(2, 12);
    }

    @Test
    void redirect_loops_and_overlong_chains_stop_within_bounds() {
        assertThat(outcomeOf("/lus-a")).isEqualTo(VisitOutcome.REDIRECT_STOPPED);
        assertThat(server.count("/lus-a")).isEqualTo(1);
        assertThat(outcomeOf("/keten/1")).isEqualTo(VisitOutcome.REDIRECT_STOPPED);
        assertThat(server.requestedPaths().stream().filter(p -> p.startsWith("/keten/"))).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void errors_are_reported_and_do_not_stop_the_crawl() {
        assertThat(outcomeOf("/kapot")).isEqualTo(VisitOutcome.HTTP_ERROR);
        assertThat(outcomeOf("/fout")).isEqualTo(VisitOutcome.HTTP_ERROR);
        assertThat(report.count(VisitOutcome.EXTRACTED)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void a_page_that_answers_after_30_seconds_is_cut_off_by_the_page_timeout() {
        assertThat(outcomeOf("/traag")).isEqualTo(VisitOutcome.TIMEOUT);
        assertThat(elapsedMillis).isLessThan(15_000);
    }

    @Test
    void a_30_mb_page_is_cut_at_the_body_size_limit_and_its_start_still_extracted() {
        PageVisit visit = visits.stream().filter(v -> v.url().getPath().equals("/groot")).findFirst().orElseThrow();
        assertThat(visit.truncated()).isTrue();
        assertThat(visit.bytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(entryNamed("Grote pagina").phones()).containsExactly("+31105555555");
    }

    @Test
    void a_pdf_is_recorded_as_a_document_link_and_not_parsed() {
        assertThat(outcomeOf("/folder.pdf")).isEqualTo(VisitOutcome.DOCUMENT);
        assertThat(report.documents()).containsExactly(server.url("/folder.pdf"));
    }

    @Test
    void pages_listed_only_in_the_sitemap_are_found() {
        assertThat(server.count("/sitemap.xml")).isEqualTo(1);
        assertThat(entryNamed("Vakantiekamp Zeeland").emails()).containsExactly("kamp@vakantie.example");
    }

    @Test
    void links_to_other_hosts_and_non_http_schemes_are_not_followed() {
        assertThat(visits).noneMatch(v -> !v.url().getHost().equals("127.0.0.1"));
    }

    @Test
    void every_request_carries_our_user_agent_with_a_contact_url() {
        assertThat(server.hits()).allSatisfy(h -> assertThat(h.headers().get("user-agent")).contains("WegwijsBot").contains("https://"));
    }
}

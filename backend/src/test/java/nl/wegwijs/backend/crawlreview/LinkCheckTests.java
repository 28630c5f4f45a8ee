package nl.wegwijs.backend.crawlreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The link checker against a real loopback server: every published website, its latest state kept per entry. */
class LinkCheckTests extends CrawlReviewTestContext {

    @Autowired
    LinkChecks links;

    @Test
    void the_link_checker_marks_broken_and_moved_links_and_leaves_working_ones_alone() {
        publish("werkt", "Werkt", site.url("/ok.html"), null, null, null, null);
        publish("kapot", "Kapot", site.url("/gone"), null, null, null, null);
        publish("verhuisd", "Verhuisd", site.url("/verhuisd"), null, null, null, null);
        publish("onbereikbaar", "Onbereikbaar", "http://127.0.0.1:1/niets", null, null, null, null);
        publish("geen-adres", "Geen adres", "http:// kapot adres", null, null, null, null);

        assertThat(links.checkAll()).isGreaterThanOrEqualTo(5);

        Map<String, LinkProblem> problems = links.problems().stream()
                .collect(Collectors.toMap(LinkProblem::entryId, p -> p));
        assertThat(problems).doesNotContainKey("werkt");
        assertThat(problems.get("kapot").kind()).isEqualTo(LinkProblem.Kind.BROKEN);
        assertThat(problems.get("kapot").httpStatus()).isEqualTo(404);
        assertThat(problems.get("verhuisd").kind()).isEqualTo(LinkProblem.Kind.MOVED);
        assertThat(problems.get("verhuisd").newUrl()).isEqualTo(site.url("/nieuw-adres.html"));
        assertThat(problems.get("onbereikbaar").kind()).isEqualTo(LinkProblem.Kind.UNREACHABLE);
        assertThat(problems.get("geen-adres").kind()).isEqualTo(LinkProblem.Kind.UNREACHABLE);
        assertThat(links.lastCheck()).isNotNull();
    }

    @Test
    void a_problem_disappears_once_the_entry_has_another_website() {
        publish("gerepareerd", "Gerepareerd", site.url("/gone"), null, null, null, null);
        links.checkAll();
        assertThat(links.problems()).extracting(LinkProblem::entryId).contains("gerepareerd");

        jdbc.update("update entry set url = ? where id = 'gerepareerd'", site.url("/ok.html"));

        assertThat(links.problems()).extracting(LinkProblem::entryId).doesNotContain("gerepareerd");
    }
}

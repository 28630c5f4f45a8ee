package nl.wegwijs.backend.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.backend.catalogue.EntryNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Proposals from the crawler and the public land in one queue, as plain text, with the value they would replace. */
@SpringBootTest(classes = BackendTestApplication.class)
class ReviewQueueTests {

    private static final Path DATA_DIR = TestDataDir.create();

    @Autowired
    ReviewQueue queue;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.data-dir", DATA_DIR::toString);
    }

    @AfterAll
    static void cleanUp() {
        TestDataDir.delete(DATA_DIR);
    }

    @Test
    void a_public_correction_is_queued_with_the_value_it_would_replace() {
        UUID id = queue.propose(new NewProposal("public", "linawijs", Map.of("phone", "030 123 4567"),
                "Het nummer is veranderd", null));

        ProposalView view = queue.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(view.entryName()).isEqualTo("Linawijs");
        assertThat(view.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("phone");
            assertThat(f.proposed()).isEqualTo("030 123 4567");
            assertThat(f.decision()).isEqualTo(FieldDecision.OPEN);
        });
        assertThat(queue.openCount()).isPositive();
    }

    @Test
    void crawled_html_is_stored_as_its_text_without_tags_or_scripts() {
        UUID id = queue.propose(new NewProposal("crawler:zorgsite", null,
                Map.of("name", "<b>Logeerhuis</b> <script>alert(1)</script>De Ster", "summary", "Dag &amp; nacht"),
                null, "https://example.org/logeren"));

        var fields = queue.find(id).orElseThrow().fields();
        assertThat(fields).anySatisfy(f -> assertThat(f.proposed()).isEqualTo("Logeerhuis De Ster"));
        assertThat(fields).anySatisfy(f -> assertThat(f.proposed()).isEqualTo("Dag & nacht"));
    }

    @Test
    void a_public_value_with_markup_is_kept_as_literal_text() {
        UUID id = queue.propose(new NewProposal("public", "linawijs",
                Map.of("summary", "<img src=x onerror=alert(1)>"), null, null));
        assertThat(queue.find(id).orElseThrow().fields().getFirst().proposed()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void unknown_fields_origins_and_entries_are_refused() {
        assertThatThrownBy(() -> queue.propose(new NewProposal("public", "linawijs", Map.of("shoeSize", "42"), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shoeSize");
        assertThatThrownBy(() -> queue.propose(new NewProposal("hacker", "linawijs", Map.of("name", "x"), null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queue.propose(new NewProposal("public", "bestaat-niet", Map.of("name", "x"), null, null)))
                .isInstanceOf(EntryNotFoundException.class);
        assertThatThrownBy(() -> queue.propose(new NewProposal("public", null, Map.of("url", "https://x.nl"), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }
}

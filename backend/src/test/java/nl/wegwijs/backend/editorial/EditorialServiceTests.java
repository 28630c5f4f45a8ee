package nl.wegwijs.backend.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Editors edit without losing each other's work; every change has a revision; the review queue is decided per field. */
@SpringBootTest(classes = BackendTestApplication.class)
@WithMockUser(username = "anna", roles = "EDITOR")
class EditorialServiceTests {

    @Autowired EditorialService editorial;
    @Autowired ReviewQueue queue;
    @Autowired ReviewDecisions decisions;
    @Autowired CatalogueService catalogue;
    @Autowired PickLists pickLists;

    @Test
    void the_second_editor_to_save_gets_a_conflict_with_the_stored_values_instead_of_overwriting() {
        EntryDraft anna = editorial.load("linawijs");
        EntryDraft bram = editorial.load("linawijs");

        editorial.save("linawijs", anna.version(), Map.of("phone", "030 111 2222"));

        assertThatThrownBy(() -> editorial.save("linawijs", bram.version(), Map.of("phone", "030 333 4444")))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.current().fields().get("phone")).isEqualTo("030 111 2222");
                    assertThat(conflict.differing()).containsExactly("phone");
                });
        assertThat(editorial.load("linawijs").fields().get("phone")).isEqualTo("030 111 2222");

        EntryDraft reloaded = editorial.load("linawijs");
        editorial.save("linawijs", reloaded.version(), Map.of("phone", "030 333 4444"));
        assertThat(catalogue.published("linawijs").phone()).isEqualTo("030 333 4444");
    }

    @Test
    void an_earlier_revision_can_be_restored_and_the_history_says_who_changed_what() {
        String id = editorial.create(Map.of("name", "Logeerhuis De Ster", "kind", "respite_care", "summary", "Eerste tekst")).id();
        EntryDraft second = editorial.save(id, editorial.load(id).version(), Map.of("summary", "Tweede tekst"));

        var history = editorial.history(id);
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().author()).isEqualTo("anna");
        assertThat(history.getFirst().changes()).singleElement()
                .isEqualTo(new RevisionView.Change("summary", "Eerste tekst", "Tweede tekst"));

        EntryDraft restored = editorial.restoreRevision(id, 1, second.version());
        assertThat(restored.fields().get("summary")).isEqualTo("Eerste tekst");
        assertThat(editorial.history(id)).hasSize(3).first().extracting(RevisionView::action).isEqualTo("RESTORED");
    }

    @Test
    void deleting_archives_and_restoring_brings_the_entry_back_as_a_draft() {
        String id = editorial.create(Map.of("name", "Oudergroep Rivierenland", "kind", "parent_association")).id();
        EntryDraft published = editorial.publish(id, editorial.load(id).version());
        assertThat(catalogue.findPublished(id)).isPresent();

        EntryDraft archived = editorial.archive(id, published.version());
        assertThat(archived.status()).isEqualTo(EntryStatus.ARCHIVED);
        assertThat(catalogue.findPublished(id)).isEmpty();

        assertThat(editorial.restore(id, archived.version()).status()).isEqualTo(EntryStatus.DRAFT);
    }

    @Test
    void an_invalid_value_is_refused_naming_the_field_and_nothing_is_stored() {
        EntryDraft before = editorial.load("linawijs");
        Map<String, String> change = new HashMap<>(Map.of("summary", "Nieuwe samenvatting", "postcode", "0000 XX"));
        assertThatThrownBy(() -> editorial.save("linawijs", before.version(), change))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("postcode");
                    assertThat(e.messageKey()).isEqualTo("field.postcode.invalid");
                });
        assertThat(editorial.load("linawijs").fields().get("summary")).isEqualTo(before.fields().get("summary"));
    }

    @Test
    void accepting_a_crawled_new_entry_makes_a_draft_and_rejected_fields_are_not_written() {
        UUID id = queue.propose(new NewProposal("crawler:zorgsite", null,
                Map.of("name", "Zorgboerderij De Hoeve", "url", "https://dehoeve.example.nl", "phone", "12345"), null, null));

        EntryDraft draft = decisions.decide(id, Map.of("name", FieldDecision.ACCEPTED, "url", FieldDecision.ACCEPTED,
                "phone", FieldDecision.REJECTED)).orElseThrow();

        assertThat(draft.status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(draft.fields().get("url")).isEqualTo("https://dehoeve.example.nl");
        assertThat(draft.fields().get("phone")).isNull();
        assertThat(catalogue.findPublished(draft.id())).isEmpty();
        ProposalView view = queue.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo(ProposalStatus.DONE);
        assertThat(view.entryId()).isEqualTo(draft.id());
    }

    @Test
    void a_rejected_public_correction_changes_nothing_and_an_accepted_one_changes_the_entry() {
        String before = editorial.load("linawijs").fields().get("email");
        UUID rejected = queue.propose(new NewProposal("public", "linawijs", Map.of("email", "fout@example.nl"), null, null));
        decisions.decideAll(java.util.List.of(rejected), FieldDecision.REJECTED);
        assertThat(editorial.load("linawijs").fields().get("email")).isEqualTo(before);

        UUID accepted = queue.propose(new NewProposal("public", "linawijs", Map.of("email", "nieuw@linawijs.nl"), null, null));
        decisions.decideAll(java.util.List.of(accepted), FieldDecision.ACCEPTED);
        assertThat(catalogue.published("linawijs").email()).isEqualTo("nieuw@linawijs.nl");
        assertThat(queue.find(accepted).orElseThrow().status()).isEqualTo(ProposalStatus.DONE);
    }

    @Test
    void terms_from_the_pick_lists_are_stored_and_an_unknown_category_is_refused_naming_field_and_term() {
        PickLists.Options options = pickLists.forEntryForm();
        assertThat(options.categories()).isNotEmpty();
        assertThat(options.regions()).startsWith("landelijk").contains("Utrecht", "Noord-Brabant");
        assertThat(options.municipalities()).contains("Utrecht", "Tilburg").doesNotContain("Noord-Brabant");
        String category = options.categories().getFirst();
        EntryDraft draft = editorial.create(Map.of("name", "Logeerhuis Uit De Lijst", "kind", "respite_care",
                "categories", category, "region", "Noord-Brabant", "municipality", "Tilburg", "city", "Tilburg"));
        assertThat(draft.fields()).containsEntry("categories", category).containsEntry("region", "Noord-Brabant")
                .containsEntry("municipality", "Tilburg");

        Map<String, String> change = Map.of("summary", "Nieuwe tekst", "categories", category + ", Verzonnen categorie");
        assertThatThrownBy(() -> editorial.save(draft.id(), draft.version(), change))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("categories");
                    assertThat(e.messageKey()).isEqualTo("field.category.unknown");
                    assertThat(e.value()).isEqualTo("Verzonnen categorie");
                });
        assertThat(editorial.load(draft.id()).fields()).containsEntry("categories", category).containsEntry("summary", null);
    }

    @Test
    void an_unknown_region_or_municipality_is_refused_and_nothing_is_created() {
        long before = editorial.entries("Regio Verzonnen", org.springframework.data.domain.Pageable.ofSize(10)).getTotalElements();
        assertThatThrownBy(() -> editorial.create(Map.of("name", "Regio Verzonnen", "kind", "provision", "region", "Atlantis")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("region");
                    assertThat(e.messageKey()).isEqualTo("field.region.unknown");
                    assertThat(e.value()).isEqualTo("Atlantis");
                });
        assertThat(editorial.entries("Regio Verzonnen", org.springframework.data.domain.Pageable.ofSize(10)).getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void an_accepted_crawled_municipality_that_is_no_municipality_is_refused_and_the_proposal_stays_open() {
        EntryDraft before = editorial.load("linawijs");
        // schema.org addressRegion is often a province; the crawler passes it on as the municipality.
        UUID id = queue.propose(new NewProposal("crawler:zorgsite", "linawijs",
                Map.of("municipality", "Noord-Holland", "phone", "030 765 4321"), null, null));

        assertThatThrownBy(() -> decisions.decide(id, Map.of("municipality", FieldDecision.ACCEPTED, "phone", FieldDecision.ACCEPTED)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("municipality");
                    assertThat(e.messageKey()).isEqualTo("field.municipality.unknown");
                    assertThat(e.value()).isEqualTo("Noord-Holland");
                });
        assertThat(editorial.load("linawijs").fields().get("phone")).isEqualTo(before.fields().get("phone"));
        assertThat(queue.find(id).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);

        decisions.decide(id, Map.of("municipality", FieldDecision.REJECTED, "phone", FieldDecision.ACCEPTED));
        assertThat(editorial.load("linawijs").fields().get("phone")).isEqualTo("030 765 4321");
    }

    @Test
    void target_groups_and_conditions_are_picked_from_lists_and_an_unknown_one_is_refused_naming_the_field_and_value() {
        PickLists.Options options = pickLists.forEntryForm();
        assertThat(options.forWhom()).containsExactly("kind", "ouder", "brussen", "netwerk");
        assertThat(options.targetConditions()).contains("emb", "autisme", "chronisch-ziek", "zeldzame-aandoening");
        EntryDraft draft = editorial.create(Map.of("name", "Logeerhuis De Doelgroep", "kind", "respite_care",
                "forWhom", "ouder, kind", "targetConditions", "emb, autisme"));
        // One spelling per set: target groups in the list's order, conditions alphabetically.
        assertThat(draft.fields()).containsEntry("forWhom", "kind, ouder").containsEntry("targetConditions", "autisme, emb");

        Map<String, String> condition = Map.of("summary", "Nieuwe tekst", "targetConditions", "emb, Verzonnen ziekte");
        assertThatThrownBy(() -> editorial.save(draft.id(), draft.version(), condition))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("targetConditions");
                    assertThat(e.messageKey()).isEqualTo("field.targetCondition.unknown");
                    assertThat(e.value()).isEqualTo("Verzonnen ziekte");
                });
        Map<String, String> group = Map.of("summary", "Nieuwe tekst", "forWhom", "kind, opa");
        assertThatThrownBy(() -> editorial.save(draft.id(), draft.version(), group))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("forWhom");
                    assertThat(e.messageKey()).isEqualTo("field.forWhom.unknown");
                    assertThat(e.value()).isEqualTo("opa");
                });
        assertThat(editorial.load(draft.id()).fields()).containsEntry("summary", null)
                .containsEntry("forWhom", "kind, ouder").containsEntry("targetConditions", "autisme, emb");
        assertThat(editorial.history(draft.id())).hasSize(1);
    }

    @Test
    void target_groups_and_conditions_are_in_the_revision_diff_and_an_earlier_revision_restores_them() {
        String id = editorial.create(Map.of("name", "Logeerhuis De Omweg", "kind", "respite_care",
                "forWhom", "kind", "targetConditions", "emb")).id();
        EntryDraft second = editorial.save(id, editorial.load(id).version(),
                Map.of("forWhom", "kind, brussen", "targetConditions", ""));

        assertThat(editorial.history(id).getFirst().changes()).containsExactly(
                new RevisionView.Change("forWhom", "kind", "kind, brussen"),
                new RevisionView.Change("targetConditions", "emb", null));

        EntryDraft restored = editorial.restoreRevision(id, 1, second.version());
        assertThat(restored.fields()).containsEntry("forWhom", "kind").containsEntry("targetConditions", "emb");
        assertThat(editorial.history(id).getFirst().changes()).containsExactly(
                new RevisionView.Change("forWhom", "kind, brussen", "kind"),
                new RevisionView.Change("targetConditions", null, "emb"));
    }

    @Test
    void a_saved_target_condition_reaches_the_public_page_and_the_search_index(
            @Autowired nl.wegwijs.backend.searching.SearchService search) throws InterruptedException {
        EntryDraft created = editorial.create(Map.of("name", "Logeerhuis Kwartelduin", "kind", "respite_care"));
        EntryDraft published = editorial.publish(created.id(), created.version());
        editorial.save(created.id(), published.version(), Map.of("forWhom", "brussen", "targetConditions", "emb"));

        assertThat(catalogue.published(created.id()).targetConditions()).containsExactly("emb");
        assertThat(catalogue.published(created.id()).forWhom()).containsExactly("brussen");
        var request = new nl.wegwijs.index.SearchRequest("Kwartelduin", 0, 5,
                Map.of("condition", java.util.List.of("emb"), "for", java.util.List.of("brussen")), null, false);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
        while (search.search(request).hits().stream().noneMatch(hit -> hit.id().equals(created.id()))) {
            assertThat(java.time.Instant.now()).as("indexed within 15 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    @WithMockUser(username = "nieuwkomer", authorities = "PASSWORD_CHANGE_REQUIRED")
    void the_service_itself_refuses_callers_without_the_editor_role() {
        assertThatThrownBy(() -> editorial.load("linawijs")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}

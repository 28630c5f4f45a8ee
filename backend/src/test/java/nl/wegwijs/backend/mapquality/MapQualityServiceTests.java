package nl.wegwijs.backend.mapquality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.editorial.EditorialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The overview lists what an editor must fix in the published map, on the real embedded PostgreSQL with the demo
 * catalogue (the context EditorialServiceTests uses), and an entry leaves the list once it is fixed.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@WithMockUser(username = "anna", roles = "EDITOR")
class MapQualityServiceTests {

    @Autowired MapQualityService quality;
    @Autowired EditorialService editorial;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_entry_verified_more_than_twelve_months_ago_is_listed_until_it_is_verified_again() {
        String id = published(Map.of("name", "Zorgboerderij De Stalen Klomp", "kind", "provision"));
        long before = quality.count(Gap.NOT_VERIFIED);
        verifiedOn(id, quality.verifiedCutoff().minusDays(1));
        assertThat(ids(Gap.NOT_VERIFIED)).contains(id);
        assertThat(quality.count(Gap.NOT_VERIFIED)).isEqualTo(before);

        verifiedOn(id, quality.verifiedCutoff());
        assertThat(ids(Gap.NOT_VERIFIED)).doesNotContain(id);
        assertThat(quality.count(Gap.NOT_VERIFIED)).isEqualTo(before - 1);
    }

    @Test
    void never_verified_entries_come_first_then_the_oldest_verification() {
        String old = published(Map.of("name", "Kinderdagcentrum Oude Datum", "kind", "provision"));
        String older = published(Map.of("name", "Kinderdagcentrum Oudere Datum", "kind", "provision"));
        verifiedOn(old, quality.verifiedCutoff().minusMonths(1));
        verifiedOn(older, quality.verifiedCutoff().minusMonths(6));

        List<EntryLine> lines = quality.entries(Gap.NOT_VERIFIED, 0, 100_000);
        List<String> ids = lines.stream().map(EntryLine::id).toList();
        assertThat(ids.indexOf(older)).isLessThan(ids.indexOf(old));
        assertThat(lines.subList(0, ids.indexOf(older))).allMatch(l -> l.lastVerifiedOn() == null
                || l.lastVerifiedOn().isBefore(quality.verifiedCutoff().minusMonths(6)));
    }

    @Test
    void a_provision_without_funding_is_listed_until_a_funding_route_is_filled_in() {
        String provision = published(Map.of("name", "Logeeropvang Zonder Geld", "kind", "respite_care"));
        String knowledge = published(Map.of("name", "Kennisartikel over logeren", "kind", "knowledge"));
        assertThat(ids(Gap.NO_FUNDING)).contains(provision).doesNotContain(knowledge);

        editorial.save(provision, editorial.load(provision).version(), Map.of("funding", "Wlz-indicatie"));
        assertThat(ids(Gap.NO_FUNDING)).doesNotContain(provision);
    }

    @Test
    void an_entry_without_region_or_category_is_listed_until_they_are_filled_in() {
        String id = published(Map.of("name", "Oudergroep Nergens", "kind", "parent_association"));
        // Editors pick regions from a list now; the placeholder only arrives through imported catalogues.
        jdbc.update("update entry set region = 'niet vermeld' where id = ?", id);
        assertThat(ids(Gap.NO_REGION)).contains(id);
        assertThat(ids(Gap.NO_CATEGORY)).contains(id);

        editorial.save(id, editorial.load(id).version(), Map.of("municipality", "Tiel", "categories", "lotgenotencontact"));
        assertThat(ids(Gap.NO_REGION)).doesNotContain(id);
        assertThat(ids(Gap.NO_CATEGORY)).doesNotContain(id);
    }

    @Test
    void a_draft_is_not_on_the_overview() {
        String draft = editorial.create(Map.of("name", "Concept Zonder Alles", "kind", "provision")).id();
        assertThat(ids(Gap.NO_FUNDING)).doesNotContain(draft);
        assertThat(ids(Gap.NOT_VERIFIED)).doesNotContain(draft);
    }

    @Test
    void entries_with_the_same_website_and_a_similar_name_are_a_pair_until_one_gets_its_own_website() {
        String a = published(Map.of("name", "Logeerhuis De Blauwe Vlinder", "kind", "respite_care",
                "url", "https://www.blauwevlinder-test.nl/"));
        String b = published(Map.of("name", "De Blauwe Vlinder logeerhuis", "kind", "respite_care",
                "url", "http://blauwevlinder-test.nl"));
        String other = published(Map.of("name", "Oudercafé Zonnebloem", "kind", "parent_association",
                "url", "https://blauwevlinder-test.nl"));

        assertThat(pairsWith(a)).singleElement().satisfies(pair -> {
            assertThat(List.of(pair.first().id(), pair.second().id())).containsExactlyInAnyOrder(a, b);
            assertThat(pair.reason()).isEqualTo(DuplicatePair.Reason.WEBSITE);
            assertThat(pair.shared()).isEqualTo("blauwevlinder-test.nl");
        });
        assertThat(pairsWith(other)).isEmpty();

        editorial.save(b, editorial.load(b).version(), Map.of("url", "https://vlinder-elders-test.nl"));
        assertThat(pairsWith(a)).isEmpty();
    }

    @Test
    void entries_with_the_same_phone_number_or_postcode_and_a_similar_name_are_a_pair() {
        String a = published(Map.of("name", "Stichting Kinderhospice Het Anker", "kind", "respite_care",
                "phone", "+31 30 123 4567"));
        String b = published(Map.of("name", "Kinderhospice Het Anker", "kind", "respite_care", "phone", "030-1234567"));
        String c = published(Map.of("name", "Zorgboerderij De Hooiberg", "kind", "provision", "postcode", "4001 AB"));
        String d = published(Map.of("name", "Zorgboerderij Hooiberg", "kind", "provision", "postcode", "4001ab"));

        assertThat(pairsWith(a)).singleElement().extracting(DuplicatePair::reason).isEqualTo(DuplicatePair.Reason.PHONE);
        assertThat(pairsWith(b)).hasSize(1);
        assertThat(pairsWith(c)).singleElement().satisfies(pair -> {
            assertThat(pair.reason()).isEqualTo(DuplicatePair.Reason.POSTCODE);
            assertThat(List.of(pair.first().id(), pair.second().id())).containsExactlyInAnyOrder(c, d);
        });
    }

    private List<DuplicatePair> pairsWith(String id) {
        return quality.duplicates().stream().filter(p -> p.first().id().equals(id) || p.second().id().equals(id)).toList();
    }

    private List<String> ids(Gap gap) {
        return quality.entries(gap, 0, 100_000).stream().map(EntryLine::id).toList();
    }

    private String published(Map<String, String> fields) {
        var created = editorial.create(new HashMap<>(fields));
        editorial.publish(created.id(), created.version());
        return created.id();
    }

    private void verifiedOn(String id, java.time.LocalDate day) {
        jdbc.update("update entry set last_verified_on = ? where id = ?", day, id);
    }
}

package nl.wegwijs.backend.mapquality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.editorial.EditorialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Coverage per place × kind × target group on the real embedded PostgreSQL with the demo catalogue (the context
 * EditorialServiceTests uses): a place without respite care for children is a 0 until one is published nearby.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@WithMockUser(username = "anna", roles = "EDITOR")
class CoverageServiceTests {

    private static final int RESPITE = CoverageService.KINDS.indexOf("respite_care");

    @Autowired CoverageService coverage;
    @Autowired EditorialService editorial;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_place_without_respite_care_for_children_within_30_km_is_a_gap_until_one_is_published_there() {
        // The demo catalogue has nothing within 30 km of Den Helder; this association makes it a place on the map.
        published(Map.of("name", "Oudervereniging Kop van Noord-Holland", "kind", "parent_association",
                "municipality", "Den Helder"));
        assertThat(respiteNearDenHelder("kind")).isZero();
        assertThat(coverage.table("kind", 30).gaps()).isPositive();

        String respite = published(Map.of("name", "Logeerhuis Het Helderse Duin", "kind", "respite_care",
                "municipality", "Den Helder"));
        jdbc.update("insert into entry_for_whom (entry_id, for_whom) values (?, 'KIND')", respite);

        assertThat(respiteNearDenHelder("kind")).isEqualTo(1);
        assertThat(respiteNearDenHelder(null)).isEqualTo(1);
        assertThat(respiteNearDenHelder("brussen")).as("not for brothers and sisters").isZero();
    }

    @Test
    void respite_for_children_with_emb_is_a_gap_when_the_only_such_house_is_beyond_the_radius_and_not_within_it() {
        published(Map.of("name", "Oudervereniging Drentse Aa", "kind", "parent_association", "municipality", "Assen"));
        // A general respite house in Assen itself: it counts for children, not for children with EMB.
        published(Map.of("name", "Logeerhuis De Brink", "kind", "respite_care", "municipality", "Assen", "forWhom", "kind"));
        // The only respite house that names EMB lies in Emmen, about 33 km south-east of Assen.
        published(Map.of("name", "Logeerhuis De Meervoudige Hondsrug", "kind", "respite_care", "municipality", "Emmen",
                "forWhom", "kind", "targetConditions", "emb"));

        assertThat(respiteNear("Assen", "kind", null, 30)).isPositive();
        assertThat(respiteNear("Assen", "kind", "emb", 30)).as("gap within 30 km").isZero();
        assertThat(coverage.table("kind", "emb", 30).condition()).isEqualTo("emb");
        assertThat(respiteNear("Assen", "kind", "emb", 50)).as("covered within 50 km").isEqualTo(1);
        assertThat(respiteNear("Emmen", "kind", "emb", 30)).isEqualTo(1);
        assertThat(respiteNear("Emmen", "brussen", "emb", 30)).as("not for brothers and sisters").isZero();
        assertThat(respiteNear("Emmen", "kind", "epilepsie", 30)).as("another condition").isZero();
    }

    @Test
    void the_csv_for_a_condition_names_it_and_the_radius_in_the_header_and_counts_only_entries_that_name_it() {
        published(Map.of("name", "Logeerhuis Het Alkmaarder Hout", "kind", "respite_care", "municipality", "Alkmaar",
                "forWhom", "kind", "targetConditions", "emb, autisme"));

        String csv = coverage.csv("emb", 20, (key, args) -> key + java.util.Arrays.toString(args));

        assertThat(csv).startsWith("\uFEFFcsv.place[];csv.province[];csv.kind[];csv.group[];csv.count.condition[20, condition.emb[]]\r\n");
        assertThat(csv.lines().filter(l -> l.startsWith("Alkmaar;") && l.contains(";kind.respite_care[];group.kind[];")))
                .singleElement().satisfies(line -> assertThat(line).doesNotEndWith(";0"));
        assertThat(csv.lines().filter(l -> l.startsWith("Alkmaar;") && l.contains(";kind.respite_care[];group.brussen[];")))
                .singleElement().satisfies(line -> assertThat(line).endsWith(";0"));
    }

    @Test
    void the_csv_has_a_byte_order_mark_semicolons_and_one_count_per_place_kind_and_group() {
        published(Map.of("name", "Kinderdagcentrum De Helderse Haven", "kind", "provision", "municipality", "Den Helder"));

        String csv = coverage.csv(null, 30, (key, args) -> key);

        assertThat(csv).startsWith("\uFEFFcsv.place;csv.province;csv.kind;csv.group;csv.count\r\n");
        assertThat(csv.lines().filter(l -> l.startsWith("Den Helder;") && l.contains(";kind.provision;group.all;")))
                .singleElement().satisfies(line -> assertThat(line).doesNotEndWith(";0"));
        int places = coverage.table(null, 30).rows().size();
        assertThat(csv.lines().count()).isEqualTo(1 + (long) places * CoverageService.KINDS.size() * (1 + CoverageService.GROUPS.size()));
    }

    private int respiteNearDenHelder(String group) {
        return coverage.table(group, 30).rows().stream().filter(r -> r.place().equals("Den Helder")).findFirst()
                .orElseThrow().count(RESPITE);
    }

    private int respiteNear(String place, String group, String condition, double km) {
        return coverage.table(group, condition, km).rows().stream().filter(r -> r.place().equals(place)).findFirst()
                .orElseThrow().count(RESPITE);
    }

    private String published(Map<String, String> fields) {
        var created = editorial.create(fields);
        editorial.publish(created.id(), created.version());
        return created.id();
    }
}

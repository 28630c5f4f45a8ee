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
    void the_csv_has_a_byte_order_mark_semicolons_and_one_count_per_place_kind_and_group() {
        published(Map.of("name", "Kinderdagcentrum De Helderse Haven", "kind", "provision", "municipality", "Den Helder"));

        String csv = coverage.csv(30, key -> key);

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

    private String published(Map<String, String> fields) {
        var created = editorial.create(fields);
        editorial.publish(created.id(), created.version());
        return created.id();
    }
}

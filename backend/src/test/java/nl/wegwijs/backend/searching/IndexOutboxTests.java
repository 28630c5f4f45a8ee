package nl.wegwijs.backend.searching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A change that was committed but never reached the index (a crash in between) is indexed from the outbox. */
@SpringBootTest(classes = BackendTestApplication.class)
class IndexOutboxTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @Test
    void a_committed_change_left_in_the_outbox_becomes_searchable_without_a_restart() throws Exception {
        jdbc.update("update entry set name = 'Zeppelinvallei logeerboerderij', updated_at = now(), version = version + 1 where id = 'linawijs'");
        jdbc.update("insert into index_outbox (entry_id, enqueued_at) values ('linawijs', now())");

        awaitTrue(() -> search.search(new SearchRequest("Zeppelinvallei", 0, 5, Map.of(), null, false)).hits().stream()
                .anyMatch(hit -> hit.id().equals("linawijs")));
        awaitTrue(() -> jdbc.queryForObject("select count(*) from index_outbox", Long.class) == 0);
    }

    @Test
    void an_archived_entry_left_in_the_outbox_disappears_from_search() throws Exception {
        String id = jdbc.queryForObject("select id from entry where status = 'PUBLISHED' and id <> 'linawijs' order by id limit 1", String.class);
        String name = jdbc.queryForObject("select name from entry where id = ?", String.class, id);
        assertThat(search.search(new SearchRequest(name, 0, 10, Map.of(), null, true)).hits())
                .anyMatch(hit -> hit.id().equals(id));
        jdbc.update("update entry set status = 'ARCHIVED', updated_at = now() where id = ?", id);
        jdbc.update("insert into index_outbox (entry_id, enqueued_at) values (?, now())", id);

        awaitTrue(() -> search.search(new SearchRequest(name, 0, 10, Map.of(), null, true)).hits().stream()
                .noneMatch(hit -> hit.id().equals(id)));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not met within 15 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}

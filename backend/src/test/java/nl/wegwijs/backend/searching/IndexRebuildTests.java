package nl.wegwijs.backend.searching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** PostgreSQL is the source of truth: a lost index comes back from the database on the next start. */
class IndexRebuildTests {

    private final Path dataDir = TestDataDir.create();

    @AfterEach
    void cleanUp() {
        TestDataDir.delete(dataDir);
    }

    @Test
    void index_is_rebuilt_from_the_database_after_its_directory_is_deleted() {
        long before;
        try (ConfigurableApplicationContext app = start()) {
            before = search(app, "Linawijs").total();
            assertThat(before).isPositive();
        }
        Path indexDir = dataDir.resolve("index");
        assertThat(indexDir).isDirectory();
        TestDataDir.delete(indexDir);
        assertThat(Files.exists(indexDir)).isFalse();

        try (ConfigurableApplicationContext app = start()) {
            SearchResult again = search(app, "Linawijs");
            assertThat(again.total()).isEqualTo(before);
            assertThat(again.hits().getFirst().id()).isEqualTo("linawijs");
        }
    }

    private static SearchResult search(ConfigurableApplicationContext app, String text) {
        return app.getBean(SearchService.class).search(new SearchRequest(text, 0, 10, Map.of(), null, false));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BackendTestApplication.class)
                // Command-line arguments outrank the test application.properties (a fresh dir per context).
                .run("--wegwijs.data-dir=" + dataDir, "--server.port=0");
    }
}

package nl.wegwijs.backend.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The demo catalogue lands in the embedded PostgreSQL once, with its ids and names untouched, and survives restarts. */
class DemoCatalogueImportTests {

    private final Path dataDir = TestDataDir.create();

    @AfterEach
    void cleanUp() {
        TestDataDir.delete(dataDir);
    }

    @Test
    void first_start_imports_every_demo_entry_with_its_id_and_exact_name() throws IOException {
        Map<String, String> expected = demoNamesById();
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            Map<String, String> stored = jdbc.queryForList("select id, name from entry where status = 'PUBLISHED'").stream()
                    .collect(Collectors.toMap(r -> (String) r.get("id"), r -> (String) r.get("name")));
            assertThat(stored).hasSize(expected.size()).isEqualTo(expected);
            assertThat(jdbc.queryForObject("select count(*) from entry_category", Long.class)).isGreaterThan(500);
            assertThat(jdbc.queryForObject("select count(*) from entry_funding where route = 'WLZ'", Long.class)).isPositive();
        }
    }

    @Test
    void a_restart_imports_nothing_twice_and_keeps_the_data() {
        Timestamp firstCreated;
        long firstCount;
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            firstCount = jdbc.queryForObject("select count(*) from entry", Long.class);
            firstCreated = jdbc.queryForObject("select created_at from entry where id = 'linawijs'", Timestamp.class);
        }
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from entry", Long.class)).isEqualTo(firstCount);
            assertThat(jdbc.queryForObject("select created_at from entry where id = 'linawijs'", Timestamp.class))
                    .isEqualTo(firstCreated);
            List<Integer> imports = jdbc.queryForList("select entry_count from catalogue_import", Integer.class);
            assertThat(imports).containsExactly((int) firstCount);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BackendTestApplication.class)
                // Command-line arguments outrank the test application.properties (a fresh dir per context).
                .run("--wegwijs.data-dir=" + dataDir, "--server.port=0");
    }

    private static Map<String, String> demoNamesById() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = DemoCatalogueImportTests.class.getResourceAsStream("/demo/catalogue.jsonl")) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(content.split("\n")).filter(l -> !l.isBlank())
                    .map(l -> json.readTree(l))
                    .collect(Collectors.toMap(n -> n.get("id").asString(), n -> n.get("name").asString()));
        }
    }
}

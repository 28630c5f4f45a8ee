package nl.wegwijs.backend.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With spring.datasource.url set, Wegwijs uses that server and embeds nothing. Runs against the
 * PostgreSQL server that .ci/run starts (WEGWIJS_TEST_PG_URL, a superuser JDBC URL to its postgres db).
 */
@EnabledIfEnvironmentVariable(named = "WEGWIJS_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class ExternalPostgresTests {

    private final Path dataDir = TestDataDir.create();

    @AfterEach
    void cleanUp() {
        TestDataDir.delete(dataDir);
    }

    @Test
    void a_configured_datasource_is_used_and_nothing_is_embedded() throws Exception {
        String admin = System.getenv("WEGWIJS_TEST_PG_URL");
        String user = System.getenv().getOrDefault("WEGWIJS_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("WEGWIJS_TEST_PG_PASSWORD", "");
        String database = "wegwijs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(admin, user, password); var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + database;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BackendTestApplication.class)
                .run("--wegwijs.data-dir=" + dataDir, "--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password)) {
            assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(database);
            assertThat(jdbc.queryForObject("select count(*) from entry where id = 'linawijs'", Long.class)).isEqualTo(1);
        }
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }
}

package nl.wegwijs.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wegwijs.crawler.testing.FixtureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CrawlerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_cli_writes_one_json_object_per_entry_and_progress_to_stderr(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entries.jsonl");
        try (FixtureServer server = new FixtureServer("site")) {
            server.route("/robots.txt", ex -> FixtureServer.send(ex, 404, "text/plain", ""));
            int code = run(server.url("/aanbod/logeerhuis.html").toString(), "--max-pages", "1", "--max-depth", "0",
                    "--out", file.toString(), "--allow-local");
            assertThat(code).isZero();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{\"name\":\"Logeerhuis De Vlinder\"")
                .contains("\"phones\":[\"+31101234567\"]")
                .contains("\"postcode\":\"3011 AB\"")
                .contains("\"guessedCategories\":[\"respijt\"")
                .endsWith("}"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("EXTRACTED 200").contains("done: 1 pages, 1 entries");
    }

    @Test
    void bad_arguments_print_usage_and_exit_2() {
        assertThat(run("--max-pages")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void json_strings_are_escaped() {
        StringBuilder sb = new StringBuilder();
        JsonLines.string(sb, "a\"b\\c\nd\u0001\u2028");
        assertThat(sb).hasToString("\"a\\\"b\\\\c\\nd\\u0001\\u2028\"");
    }
}

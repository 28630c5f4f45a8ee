package nl.wegwijs.backend.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every import problem has a Dutch and an English sentence, and the two bundles never drift apart. */
class ImportMessagesTests {

    @Test
    void the_dutch_and_english_import_bundles_have_the_same_keys() throws IOException {
        Properties nl = load("interop-messages_nl.properties");
        assertThat(load("interop-messages_en.properties").keySet()).isEqualTo(nl.keySet());
        assertThat(load("interop-messages.properties")).isEqualTo(nl);
    }

    @Test
    void a_csv_problem_reads_as_a_dutch_sentence_naming_line_column_and_value_and_english_on_request() {
        ImportProblem problem = ImportProblem.atLine(1234, "x", "categories", "field.category.unknown", "Logeren", "english");
        ImportMessages messages = new ImportMessages();
        assertThat(messages.localise(problem, Locale.of("nl")).message())
                .isEqualTo("Regel 1234, kolom categories: De categorie \u2018Logeren\u2019 bestaat niet. Gebruik een categorie die al bestaat.");
        assertThat(messages.localise(problem, Locale.ENGLISH).message())
                .startsWith("On line 1234, column categories: The category \u2018Logeren\u2019 does not exist.");
    }

    @Test
    void every_code_the_import_reports_has_a_text() {
        Properties nl = load("interop-messages_nl.properties");
        for (String code : new String[] {"field.required", "field.url.invalid", "field.category.unknown", "field.kind.unknown",
                "field.value.unknown", "hsds.schema", "hsds.term.unknown", "hsds.taxonomy.unknown", "csv.column.unknown",
                "import.id.duplicate", "import.id.exists"}) {
            assertThat(nl).containsKey("import.code." + code);
        }
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (var in = ImportMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}

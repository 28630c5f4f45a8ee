package nl.wegwijs.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Dutch and English, and the default bundle is the Dutch one. */
class MessageBundleSyncTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "api-messages", "editor-messages", "crawl-messages"})
    void dutch_and_english_bundles_have_the_same_keys(String basename) throws IOException {
        Properties dutch = load(basename + "_nl.properties");
        Properties english = load(basename + "_en.properties");
        Properties fallback = load(basename + ".properties");
        assertThat(dutch).isNotEmpty();
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertThat(fallback).isEqualTo(dutch);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "api-messages", "editor-messages", "crawl-messages"})
    void no_text_is_empty(String basename) throws IOException {
        for (String file : Set.of(basename + "_nl.properties", basename + "_en.properties")) {
            Properties p = load(file);
            p.stringPropertyNames().forEach(key -> assertThat(p.getProperty(key)).as(file + " " + key).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleSyncTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

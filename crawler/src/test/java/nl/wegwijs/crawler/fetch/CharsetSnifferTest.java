package nl.wegwijs.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetSnifferTest {

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CharsetSnifferTest.class.getResourceAsStream("/fetch/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0} with header ''{1}'' is {2}")
    @CsvSource(nullValues = "none", textBlock = """
            cp1252-meta.html,    text/html,                     windows-1252
            latin1-label.html,   text/html,                     windows-1252
            latin1-label.html,   text/html; charset=iso-8859-1, windows-1252
            utf8-nolabel.html,   text/html,                     UTF-8
            cp1252-nolabel.html, none,                          windows-1252
            utf8-bom.html,       text/html; charset=iso-8859-1, UTF-8
            utf8-nolabel.html,   text/html; charset="utf-8",    UTF-8
            """)
    void charset_comes_from_bom_then_header_then_meta_then_a_guess(String file, @Nullable String header, String expected)
            throws IOException {
        assertThat(CharsetSniffer.detect(header, fixture(file)).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} decodes to curly quotes and the euro sign")
    @CsvSource({"cp1252-meta.html", "latin1-label.html", "utf8-nolabel.html", "cp1252-nolabel.html"})
    void dutch_text_survives_decoding(String file) throws IOException {
        byte[] body = fixture(file);
        String text = new String(body, CharsetSniffer.detect("text/html", body));
        assertThat(text).contains("\u201cKr\u00f6ller\u201d \u20ac 5");
    }
}

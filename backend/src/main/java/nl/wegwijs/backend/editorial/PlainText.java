package nl.wegwijs.backend.editorial;

import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Turns proposed values into plain text before they are stored. Everything is stored as text and
 * rendered escaped; crawled values may carry markup, which Jsoup reduces to its text so no tag,
 * attribute or script survives (issue 5, "crawled HTML sanitised").
 */
final class PlainText {

    static final int MAX_LENGTH = 10_000;

    private PlainText() {}

    static @Nullable String clean(@Nullable String raw, boolean fromHtml) {
        if (raw == null) return null;
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (fromHtml) text = Jsoup.parse(text).text();
        // Control characters (except tab and newline) have no place in a catalogue and confuse exports.
        text = text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        if (text.length() > MAX_LENGTH) text = text.substring(0, MAX_LENGTH);
        return text;
    }
}

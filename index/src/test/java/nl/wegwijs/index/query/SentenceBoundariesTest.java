package nl.wegwijs.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.index.Catalogue;
import org.junit.jupiter.api.Test;

/** The table answers exactly as the JDK's sentence iterator, for every offset of every text. */
class SentenceBoundariesTest {

  @Test
  void every_offset_of_every_catalogue_summary_and_odd_texts_gets_the_jdks_answers() {
    List<String> texts = new ArrayList<>();
    Catalogue.entries().forEach(e -> texts.add(e.summary()));
    Catalogue.entries().forEach(e -> texts.add(e.body()));
    texts.addAll(List.of("", ".", "Eén zin", "Dr. Jansen zegt: ja! Echt? Ja... nee.  Twee spaties.\nNieuwe regel",
        "cliënt 's nachts (24/7) — 10.000 tekens? \"Zo.\" 'Ja.' Nog één.", "😀 emoji. En \u2029 scheiding.", "a.b.c. d"));
    int offsets = 0;
    for (String text : texts) {
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      SentenceBoundaries table = new SentenceBoundaries();
      jdk.setText(text);
      table.setText(text);
      assertThat(table.first()).isEqualTo(jdk.first());
      for (int b = jdk.next(); ; b = jdk.next()) {
        assertThat(table.next()).as(text).isEqualTo(b);
        assertThat(table.current()).as(text).isEqualTo(jdk.current());
        if (b == BreakIterator.DONE) {
          break;
        }
      }
      assertThat(table.last()).isEqualTo(jdk.last());
      for (int b = jdk.previous(); ; b = jdk.previous()) {
        assertThat(table.previous()).as(text).isEqualTo(b);
        assertThat(table.current()).as(text).isEqualTo(jdk.current());
        if (b == BreakIterator.DONE) {
          break;
        }
      }
      for (int offset = 0; offset <= text.length(); offset++) {
        assertThat(table.following(offset)).as("%s following %d", text, offset).isEqualTo(jdk.following(offset));
        assertThat(table.current()).as("%s after following %d", text, offset).isEqualTo(jdk.current());
        assertThat(table.preceding(offset)).as("%s preceding %d", text, offset).isEqualTo(jdk.preceding(offset));
        assertThat(table.current()).as("%s after preceding %d", text, offset).isEqualTo(jdk.current());
        offsets++;
      }
      int past = text.length() + 1;
      assertThatThrownBy(() -> table.following(past)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> table.preceding(-1)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(offsets).isGreaterThan(90_000);
  }
}

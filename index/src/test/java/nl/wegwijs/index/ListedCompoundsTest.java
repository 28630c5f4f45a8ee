package nl.wegwijs.index;

import static nl.wegwijs.index.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query word that the compound word list names itself (jeugdhulp, thuiszorg) is a word of its own
 * and is not searched as its parts written apart; a compound the list does not name is
 * (kinderthuiszorg finds "thuiszorg voor kinderen").
 */
class ListedCompoundsTest {
  @TempDir static Path dir;
  static CatalogueIndex index;

  @BeforeAll
  static void indexEntries() throws Exception {
    index = CatalogueIndex.open(dir);
    index.upsert(entry("jeugdhulp-oost", "Jeugdhulp Oost", "Ondersteuning bij opvoeden en opgroeien."));
    index.upsert(entry("sportclub", "Sportclub De Bal", "Hulp bij het vervoer naar de jeugdtraining."));
    index.upsert(entry("thuiszorg-kinderen", "Thuiszorg voor kinderen", "Verpleging aan huis voor zieke kinderen."));
    index.upsert(entry("kinderthuiszorg-oost", "Kinderthuiszorg Oost", "Verpleegkundigen komen bij u thuis."));
    index.refreshNow();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> ids(String text) throws Exception {
    return index.search(SearchRequest.of(text)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void a_listed_compound_does_not_match_its_parts_scattered_over_a_text() throws Exception {
    // The sports club's summary holds "hulp" and the part "jeugd" of jeugdtraining: no jeugdhulp.
    assertThat(ids("jeugdhulp")).containsExactly("jeugdhulp-oost");
  }

  @Test
  void an_unlisted_compound_still_finds_its_parts_written_apart() throws Exception {
    assertThat(ids("kinderthuiszorg")).contains("kinderthuiszorg-oost", "thuiszorg-kinderen");
    assertThat(ids("thuiszorg voor kinderen")).contains("kinderthuiszorg-oost", "thuiszorg-kinderen");
  }
}

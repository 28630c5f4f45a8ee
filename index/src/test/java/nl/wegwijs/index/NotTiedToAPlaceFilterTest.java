package nl.wegwijs.index;

import static nl.wegwijs.index.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter the "nothing near you, here is nationwide help" fallback searches with. */
class NotTiedToAPlaceFilterTest {
  @TempDir static Path dir;
  static CatalogueIndex index;

  @BeforeAll
  static void indexEntries() throws Exception {
    index = CatalogueIndex.open(dir);
    index.upsert(entry("landelijk", "Logeerhuis landelijk", "Logeren.", List.of("respijtzorg"), "landelijk", null, null, null, null));
    index.upsert(entry("online", "Logeerhuis online", "Logeren.", List.of("respijtzorg"), "landelijk (online)", null, null, null, null));
    index.upsert(entry("niet-vermeld", "Logeerhuis ergens", "Logeren.", List.of("oppas"), "niet vermeld", null, null, null, null));
    index.upsert(entry("onbekend", "Logeerhuis onbekend", "Logeren.", List.of("oppas"), "onbekend", null, null, null, null));
    index.upsert(entry("zonder-regio", "Logeerhuis zonder regio", "Logeren.", List.of("oppas"), "", null, null, null, null));
    index.upsert(entry("tiel", "Logeerhuis Tiel", "Logeren.", List.of("respijtzorg"), "Tiel", null, null, 51.8867, 5.4292));
    index.upsert(entry("culemborg", "Logeerhuis Culemborg", "Logeren.", List.of("respijtzorg"), "Culemborg", null, null, null, null));
    // Nationwide in name, but with an address of its own: tied to that place.
    index.upsert(entry("landelijk-met-adres", "Logeerhuis met adres", "Logeren.", List.of("respijtzorg"), "landelijk", null, null,
        52.09, 5.12));
    index.refreshNow();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchRequest request(Map<String, List<String>> filters, boolean facets) {
    return new SearchRequest("logeerhuis", 0, 20, filters, null, false, facets);
  }

  @Test
  void keeps_nationwide_entries_and_entries_without_a_stated_region() throws Exception {
    SearchResult r = index.search(request(Map.of(SearchRequest.NOT_TIED_TO_A_PLACE, List.of("true")), true));
    assertThat(r.hits()).extracting(SearchHit::id)
        .containsExactlyInAnyOrder("landelijk", "online", "niet-vermeld", "onbekend", "zonder-regio");
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.facets().get("category")).contains(new FacetCount("oppas", 3), new FacetCount("respijtzorg", 2));
  }

  @Test
  void combines_with_facet_filters_with_and_without_facet_counts() throws Exception {
    Map<String, List<String>> filters = Map.of(SearchRequest.NOT_TIED_TO_A_PLACE, List.of("true"), "category", List.of("respijtzorg"));
    assertThat(index.search(request(filters, true)).hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("landelijk", "online");
    assertThat(index.search(request(filters, false)).hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("landelijk", "online");
  }

  @Test
  void without_the_filter_every_entry_matches() throws Exception {
    assertThat(index.search(request(Map.of(), true)).total()).isEqualTo(8);
  }
}

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiltersAndPlacesTest {
  @TempDir static Path dir;
  static CatalogueIndex index;

  @BeforeAll
  static void indexEntries() throws Exception {
    index = CatalogueIndex.open(dir);
    index.upsert(entry("tiel", "Logeerhuis Tiel", "Logeren.", List.of("respijtzorg"), "Tiel", 4, 12, 51.8867, 5.4292));
    index.upsert(entry("nijmegen", "Logeerhuis Nijmegen", "Logeren.", List.of("respijtzorg"), "Nijmegen", 0, 18, 51.8425, 5.8528));
    index.upsert(entry("culemborg", "Logeerhuis Culemborg", "Logeren.", List.of("respijtzorg"), "Culemborg", null, null, null, null));
    index.upsert(entry("groningen", "Logeerhuis Groningen", "Logeren.", List.of("oppas"), "Groningen", 12, 23, 53.2194, 6.5665));
    // Near Tiel, about something else: no answer to a search for logeren near Tiel.
    index.upsert(entry("fysio-geldermalsen", "Kinderfysiotherapie Geldermalsen", "Oefenen met bewegen.", List.of("fysiotherapie"),
        "West Betuwe", 0, 18, 51.8806, 5.2889));
    index.refreshNow();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResult search(Map<String, List<String>> filters, GeoFilter near) throws Exception {
    return index.search(new SearchRequest("logeerhuis", 0, 10, filters, near, false));
  }

  @Test
  void an_age_must_lie_within_the_range_and_entries_without_a_range_match_every_age() throws Exception {
    assertThat(search(Map.of("age", List.of("15")), null).hits()).extracting(SearchHit::id)
        .containsExactlyInAnyOrder("nijmegen", "culemborg", "groningen");
    assertThat(search(Map.of("age", List.of("abc")), null).total()).isZero();
  }

  @Test
  void values_are_ored_within_a_key_and_keys_are_anded() throws Exception {
    assertThat(search(Map.of("region", List.of("Tiel", "Groningen")), null).total()).isEqualTo(2);
    assertThat(search(Map.of("region", List.of("Tiel", "Groningen"), "category", List.of("oppas")), null).total()).isEqualTo(1);
    assertThat(search(Map.of("for", List.of("brussen")), null).total()).isZero();
    assertThat(search(Map.of("access", List.of("vrij-toegankelijk"), "setting", List.of("op-locatie"),
        "condition", List.of("autisme"), "funding", List.of("wlz"), "kind", List.of("provision")), null).total()).isEqualTo(4);
  }

  @Test
  void near_filters_by_radius_sorts_by_distance_and_reports_it() throws Exception {
    SearchResult r = search(Map.of(), new GeoFilter(51.8867, 5.4292, 50));
    assertThat(r.hits()).extracting(SearchHit::id).startsWith("tiel", "nijmegen").doesNotContain("groningen");
    assertThat(r.hits().getFirst().distanceKm()).isLessThan(1.0);
    assertThat(r.hits().get(1).distanceKm()).isBetween(25.0, 35.0);
  }

  @Test
  void entries_without_coordinates_match_near_by_their_place_name() throws Exception {
    SearchResult r = search(Map.of(), new GeoFilter(51.8867, 5.4292, 25));
    assertThat(r.hits()).extracting(SearchHit::id).contains("culemborg");
  }

  @Test
  void facets_cover_every_filter_dimension() throws Exception {
    SearchResult r = search(Map.of(), null);
    assertThat(r.facets()).containsKeys("kind", "category", "funding", "region", "for", "access", "setting", "condition");
    assertThat(r.facets().get("category")).contains(new FacetCount("respijtzorg", 3));
  }

  @Test
  void facet_counts_are_sideways_so_a_key_keeps_its_other_values() throws Exception {
    SearchResult r = search(Map.of("category", List.of("oppas")), null);
    assertThat(r.total()).isEqualTo(1);
    // the category filter narrows the hits, not the category facet: respijtzorg stays selectable
    assertThat(r.facets().get("category")).contains(new FacetCount("respijtzorg", 3), new FacetCount("oppas", 1));
    // other keys are counted over the filtered hits
    assertThat(r.facets().get("region")).containsExactly(new FacetCount("Groningen", 1));
  }

  @Test
  void sideways_counts_also_hold_with_a_radius() throws Exception {
    SearchResult r = search(Map.of("region", List.of("Tiel")), new GeoFilter(51.8867, 5.4292, 50));
    assertThat(r.hits()).extracting(SearchHit::id).containsExactly("tiel");
    assertThat(r.facets().get("region")).extracting(FacetCount::value).contains("Tiel", "Nijmegen", "Culemborg")
        .doesNotContain("Groningen");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"logeer", "(((", "*", "~2", "a AND OR NOT", "title:x", "\u0000", "😀😀", "'; DROP TABLE x;--",
      "<script>alert(1)</script>", "   ", "\\", "[a TO z]", "+-!&&||^"})
  void any_user_string_is_a_valid_query(String text) throws Exception {
    assertThat(index.search(SearchRequest.of(text))).isNotNull();
    assertThat(index.suggest(text, 5)).isNotNull();
  }

  @Test
  void a_very_long_query_is_answered() throws Exception {
    String text = "logeerhuis zorg kind ".repeat(600);
    assertThat(index.search(SearchRequest.of(text)).total()).isPositive();
    assertThat(index.search(new SearchRequest("x", -3, 100_000, Map.of(), new GeoFilter(999, 0, -3), false))).isNotNull();
  }

  @Test
  void the_gazetteer_resolves_places_case_and_accent_insensitively() {
    DutchPlaces places = DutchPlaces.load();
    assertThat(places.all()).hasSizeGreaterThan(1000);
    assertThat(places.find("tiel")).get().extracting(DutchPlaces.Place::province).isEqualTo("Gelderland");
    assertThat(places.find("Hengelo (Overijssel)")).get().extracting(DutchPlaces.Place::province).isEqualTo("Overijssel");
    assertThat(places.find("Gooise Meren (Bussum)")).get().extracting(DutchPlaces.Place::name).isEqualTo("Bussum");
    assertThat(places.find("’s-Hertogenbosch")).isPresent();
    assertThat(places.find("Atlantis")).isEmpty();
  }

  @Test
  void a_radius_search_without_facets_finds_the_same_entries_in_the_same_order() throws Exception {
    GeoFilter tiel = new GeoFilter(51.8867, 5.4292, 60);
    SearchRequest r = new SearchRequest("logeerhuis", 0, 10, Map.of(), tiel, false);
    SearchResult with = index.search(r);
    SearchResult without = index.search(r.withoutFacets());
    assertThat(without.facets()).isEmpty();
    assertThat(with.facets()).isNotEmpty();
    assertThat(without.total()).isEqualTo(with.total()).isGreaterThanOrEqualTo(2);
    assertThat(without.hits()).isEqualTo(with.hits());
    assertThat(without.hits().getFirst().id()).isEqualTo("tiel");
  }

  /**
   * "logeerhuis bij Tiel" (the API also turns the place into a radius): the place ranks the entries
   * that match the words; it must not make an entry near Tiel about something else a match, as its
   * distance clause, which every entry with coordinates matches, once did.
   */
  @Test
  void a_place_in_the_text_ranks_matches_but_adds_none_of_its_own() throws Exception {
    SearchResult nearTiel = index.search(new SearchRequest("logeerhuis bij Tiel", 0, 10, Map.of(), new GeoFilter(51.8867, 5.4292, 25), false));
    assertThat(nearTiel.hits()).extracting(SearchHit::id).contains("tiel").doesNotContain("fysio-geldermalsen");
    SearchResult anywhere = index.search(SearchRequest.of("logeerhuis bij Tiel"));
    assertThat(anywhere.hits().getFirst().id()).isEqualTo("tiel");
    assertThat(anywhere.hits()).extracting(SearchHit::id).doesNotContain("fysio-geldermalsen");
    assertThat(anywhere.total()).isEqualTo(index.search(SearchRequest.of("logeerhuis Tiel")).total());
  }

  /**
   * Around a place, the place's own name is no answer: "kinderfysiotherapie bij Nijmegen" with the
   * API's radius must not offer Logeerhuis Nijmegen, which shares only the word Nijmegen (an empty
   * result lets the backend fall back to nationwide entries); the words besides the place keep their
   * synonyms and typo tolerance.
   */
  @Test
  void around_a_place_an_entry_that_matches_only_the_place_name_is_no_match() throws Exception {
    GeoFilter nijmegen = new GeoFilter(51.8425, 5.8528, 25);
    assertThat(index.search(new SearchRequest("kinderfysiotherapie bij Nijmegen", 0, 10, Map.of(), nijmegen, false)).total()).isZero();
    for (String text : List.of("logeerhuis bij Nijmegen", "logeerhuys bij Nijmegen", "logeren in Nijmegen")) {
      assertThat(index.search(new SearchRequest(text, 0, 10, Map.of(), nijmegen, false)).hits()).as(text)
          .extracting(SearchHit::id).containsExactly("nijmegen");
    }
    assertThat(index.search(SearchRequest.of("kinderfysiotherapie bij Nijmegen")).hits()).as("without a radius the place still ranks")
        .extracting(SearchHit::id).contains("fysio-geldermalsen");
  }

  /** A text that is only a place asks for everything there, whatever it is about. */
  @Test
  void a_text_that_is_only_a_place_finds_every_entry_near_it() throws Exception {
    SearchResult nearTiel = index.search(new SearchRequest("bij Tiel", 0, 10, Map.of(), new GeoFilter(51.8867, 5.4292, 25), false));
    assertThat(nearTiel.hits()).extracting(SearchHit::id).contains("tiel", "fysio-geldermalsen");
  }
}

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
 * How the signals of one query weigh against each other: a parent's phrasing against its own
 * words, a place named in the text against the need. Each query here fails without the rule it
 * names (none is a judged dev query).
 */
class RankingSignalsTest {
  @TempDir static Path dir;
  static CatalogueIndex index;

  @BeforeAll
  static void indexEntries() throws Exception {
    index = CatalogueIndex.open(dir);
    index.upsert(entry("thuiszitters", "Steunpunt thuiszittende kinderen", "Advies als een leerling al weken thuiszit."));
    index.upsert(entry("schoolgids", "De school van je kind", "Alles over de school en de klas.",
        List.of("school"), "landelijk", null, null, null, null));
    index.upsert(entry("dagcentrum-landelijk", "Dagcentrum voor kinderen met een beperking",
        "Een dagcentrum waar kinderen met een verstandelijke beperking overdag terecht kunnen."));
    index.upsert(entry("dagcentrum-almere", "Dagcentrum De Linde", "Een dagcentrum voor kinderen met een verstandelijke beperking.",
        List.of(), "Almere", null, null, null, null));
    index.upsert(entry("gemeente-almere", "Gemeente Almere", "Het loket van de gemeente.",
        List.of(), "Almere", null, null, null, null));
    index.upsert(entry("vakantiekamp", "Vakantiekamp De Duinen", "Een week weg voor kinderen met een beperking."));
    index.upsert(entry("zomerkamp", "Zomerkamp De Vlinder", "Een zomerkamp voor kinderen met een beperking."));
    index.upsert(entry("logeerhuis", "De Berk", "Een logeerhuis: logeren in het weekend, logeren met zorg in een logeerhuis."));
    index.upsert(entry("zorgboerderij", "Het Veld", "Een logeerhuis voor kinderen met epilepsie."));
    for (int i = 0; i < 3; i++) {
      index.upsert(entry("epilepsie-" + i, "Epilepsie vereniging " + i, "Informatie over epilepsie bij kinderen."));
    }
    index.upsert(entry("nederlands-centrum", "Nederlands Centrum Jeugd", "Kenniscentrum over jeugd in Nederland."));
    index.upsert(entry("opvoedcursus", "Opvoedcursus Triple P", "Een cursus voor ouders."));
    index.upsert(entry("huize-zonnig", "Huize Zonnig", "Een zwembad met warm water voor kinderen met spierziekten."));
    index.upsert(entry("het-anker", "Het Anker", "Een zwembad met warm water voor kinderen met spierziekten."));
    index.upsert(forAudience(entry("handreiking-logeren", "Handreiking voor gemeenten",
        "Logeren inkopen: hoe gemeenten logeren voor kinderen met een beperking regelen."), "beleidsmakers en gemeenten"));
    index.upsert(forAudience(entry("de-vuurtoren", "De Vuurtoren", "Een huis waar kinderen met een beperking een weekend logeren."),
        "ouders van kinderen met een beperking"));
    index.upsert(entry("keukentafel-uitleg", "Het keukentafelgesprek", "Wat er in een keukentafelgesprek aan de orde komt."));
    index.upsert(entry("wijkteam-noord", "Wijkteam Noord", "Het wijkteam helpt gezinnen met vragen over opvoeden en zorg."));
    index.upsert(entry("muziekles-los", "Muziekles Do", "Muziekles op zaterdag: elektrische piano, drums, keyboard, een vaste leraar, zang en gitaar."));
    index.upsert(entry("muziekles-samen", "Muziekles Re",
        "Muziekles in het buurthuis op woensdag, met drums, zang, keyboard, ieder speelt een elektrische gitaar."));
    for (int i = 0; i < 8; i++) {
      index.upsert(entry("filler-" + i, "Vereniging " + i, "Een vereniging voor ouders van kinderen, met een nieuwsbrief."));
    }
    index.refreshNow();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static IndexedEntry forAudience(IndexedEntry e, String audience) {
    return new IndexedEntry(e.id(), e.name(), e.kind(), e.categories(), e.region(), e.municipalities(), audience,
        e.funding(), e.summary(), audience, e.forWhom(), e.access(), e.settings(), e.conditions(), e.ageMin(), e.ageMax(),
        e.lat(), e.lon(), e.updatedAtEpochMillis());
  }

  private static List<String> ids(String text) throws Exception {
    return index.search(SearchRequest.of(text)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void the_words_of_an_everyday_phrasing_yield_to_the_need_it_names() throws Exception {
    // "niet naar school gaat" asks for the thuiszitten concept; the word school alone should not
    // lift a school guide that happens to say it three times.
    assertThat(ids("ouders van een kind dat niet naar school gaat")).first().isEqualTo("thuiszitters");
  }

  @Test
  void a_place_in_the_text_lifts_its_entries_among_those_that_meet_the_need() throws Exception {
    List<String> r = ids("dagcentrum voor kinderen met een verstandelijke beperking almere");
    assertThat(r).first().isEqualTo("dagcentrum-almere");
    // The municipality itself meets no part of the need, so the factor does not lift it over it.
    assertThat(r.indexOf("dagcentrum-landelijk")).isLessThan(r.indexOf("gemeente-almere"));
  }

  @Test
  void a_care_word_also_finds_its_concepts_other_offers_below_its_own() throws Exception {
    // vakantiekamp and zomerkamp are both care words of the vrijetijd concept (concepts.txt); no
    // synonym links them, so without the named concept the summer camp is not found at all.
    List<String> r = ids("vakantiekamp");
    assertThat(r).containsSubsequence("vakantiekamp", "zomerkamp");
  }

  @Test
  void an_entry_that_meets_every_need_of_the_query_outranks_one_that_meets_one_need_strongly() throws Exception {
    // De Berk says logeerhuis twice and logeren twice, but nothing about epilepsy; Het Veld meets
    // both needs of the text once each (KindPriorRescore.COORDINATION).
    List<String> r = ids("logeerhuis bij epilepsie");
    assertThat(r).first().isEqualTo("zorgboerderij");
  }

  @Test
  void the_language_a_text_asks_for_is_no_topic() throws Exception {
    // "in het nederlands" says how it should be written; without the no-concept phrasing in
    // concepts.txt the word lifts every entry named "Nederlands ..." (and counts as a need).
    assertThat(ids("opvoedcursus in het nederlands")).first().isEqualTo("opvoedcursus");
  }

  @Test
  void a_door_to_care_also_finds_the_other_doors_below_its_own_entries() throws Exception {
    // keukentafelgesprek and wijkteam are both care words of the toegang concept (concepts.txt,
    // vocabulary.md "Waar vraag ik hulp?"); no synonym links them, so without the concept the
    // district team is not found at all.
    assertThat(ids("keukentafelgesprek")).containsSubsequence("keukentafel-uitleg", "wijkteam-noord");
  }

  @Test
  void a_stop_word_of_the_text_lifts_no_entry_whose_name_says_it() throws Exception {
    // Both say the same; "het" in the text is no reason to put Het Anker first (the literal name
    // boost reads the text without its stop words).
    List<SearchHit> hits = index.search(SearchRequest.of("zwembad voor het kind met een spierziekte")).hits();
    assertThat(hits).extracting(SearchHit::id).startsWith("huize-zonnig", "het-anker");
    assertThat(hits.get(1).score()).isEqualTo(hits.get(0).score());
  }

  @Test
  void a_parent_speaking_of_their_own_child_gets_help_before_material_for_professionals() throws Exception {
    // The handreiking says logeren twice, so it leads for the bare word; "mijn zoon" is a
    // parent speaking, and an audience of beleidsmakers and gemeenten only is not theirs (SpeakingParent).
    assertThat(ids("logeren")).containsSubsequence("handreiking-logeren", "de-vuurtoren");
    assertThat(ids("mijn zoon wil logeren")).containsSubsequence("de-vuurtoren", "handreiking-logeren");
  }

  @Test
  void neighbouring_words_of_the_text_near_each_other_in_a_summary_count() throws Exception {
    // Both say muziekles, elektrische and gitaar; without the pair they tie and the first indexed wins, the one that
    // says "elektrische gitaar" wins with the pair. One phrase query (slop 3, summary) per pair of neighbouring
    // words: two here. -Dwegwijs.index.pairWeight=0 turns it off (then muziekles-los is first).
    assertThat(ids("muziekles elektrische gitaar")).first().isEqualTo("muziekles-samen");
  }
}

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

/**
 * Each Dutch feature with a query that only succeeds because of it: the same query in literal
 * mode (no synonyms, decompounding or typo tolerance) misses.
 */
class LinguisticFeaturesTest {
  @TempDir static Path dir;
  static CatalogueIndex index;

  @BeforeAll
  static void indexEntries() throws Exception {
    index = CatalogueIndex.open(dir);
    index.upsert(entry("thuiszorg-kinderen", "Thuiszorg voor kinderen", "Verpleging aan huis voor zieke kinderen."));
    index.upsert(entry("kinderthuiszorg-oost", "Kinderthuiszorg Oost", "Verpleegkundigen komen bij u thuis."));
    index.upsert(entry("vlinder", "Logeerhuis De Vlinder", "Een weekend logeren met zorg, zodat ouders op adem komen."));
    index.upsert(entry("respijt", "Respijtzorg Midden", "Kortdurend verblijf buiten huis."));
    index.upsert(entry("samen1plan", "Samen1Plan", "Eén gezamenlijke aanpak voor kind en gezin."));
    index.upsert(entry("pgb-loket", "Budgetloket", "Hulp bij het aanvragen van een pgb."));
    index.upsert(entry("pmd", "Vereniging Pelizaeus-Merzbacher", "Ouders van kinderen met de ziekte van Pelizaeus-Merzbacher."));
    index.upsert(entry("vsca", "VSCA", "Vereniging voor ademhalingsondersteuning bij kinderen."));
    index.upsert(entry("client", "Cliëntondersteuning Gooi", "Onafhankelijke cliëntondersteuning voor gezinnen."));
    index.upsert(entry("brussen", "Brussenclub", "Een middag voor brussen: kinderen met een ziek broertje of zusje."));
    index.upsert(entry("near", "Zorg thuis en overdag", "Ook overdag opvang, thuis en op school zorg."));
    index.upsert(entry("phrase", "Opvang", "Ons overdag zorg thuis aanbod."));
    index.upsert(entry("zusjesdag", "Zusjesdag", "Een dag voor het zusje van een ziek kind."));
    index.upsert(entry("thuiszitters", "Loket thuiszitters", "Advies als een leerling thuiszit."));
    index.upsert(entry("wijkteam", "Buurtteam Oost", "Het buurtteam helpt gezinnen."));
    index.upsert(entry("gehandicapt-kind", "Stichting Gehandicapt Kind", "Informatie voor ouders."));
    index.upsert(entry("steunpunt", "Steunpunt Mantelzorg", "Voor ouders die thuis veel zorg geven."));
    index.upsert(entry("overkoepelend", "Overkoepelend coördinator",
        "Eén professional bewaakt het plan over Jeugdwet en Zvw heen, zodat een kind niet tussen wal en schip valt."));
    index.upsert(entry("zorgloket", "Zorgloket", "Het loket van de gemeente: u wordt gestuurd naar de juiste hulp."));
    index.upsert(entry("opname", "Opname in het ziekenhuis", "Wat u meeneemt naar het ziekenhuis en weer naar huis."));
    index.upsert(entry("alle-ouders", "Ouderplatform Samen", "Een forum voor ouders van alle zorgintensieve kinderen, ongeacht diagnose."));
    index.upsert(entry("down", "Stichting Downsyndroom", "Voor ouders van kinderen met downsyndroom."));
    index.upsert(entry("kdc", "Kinderdagcentrum De Regenboog", "Overdag begeleiding en behandeling voor kinderen met een beperking."));
    index.upsert(entry("kdv-zorg", "Kinderdagverblijf Het Nest", "Een kinderdagverblijf met verpleegkundigen."));
    index.upsert(entry("opvoed", "Opvoedpunt West", "Opvoedondersteuning voor ouders met vragen."));
    index.upsert(entry("woning", "Woningaanpassing via de Wmo", "Een traplift of een andere aanpassing van de woning."));
    index.upsert(entry("familiedag", "Familiedagen Zonnebloem", "Familiedagen voor gezinnen met een ziek kind."));
    index.upsert(entry("tiel-logeer", "Logeerhuis Rivierenland", "Logeren met zorg.", List.of(), "Tiel", null, null, null, null));
    index.upsert(entry("zwolle-logeer", "Logeerhuis Zwolle-Zuid", "Logeren met zorg.", List.of(), "Zwolle", null, null, null, null));
    index.upsert(entry("girfec", "Getting it right for every child", "Schots beleid: Girfec, met een vast aanspreekpunt voor elk kind."));
    index.upsert(entry("pmto", "Gedragstraining voor ouders", "Voor ouders van kinderen met externaliserend gedrag, al dan niet met hyperactiviteit."));
    index.refreshNow();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> ids(String text) throws Exception {
    return index.search(SearchRequest.of(text)).hits().stream().map(SearchHit::id).toList();
  }

  private static List<String> literalIds(String text) throws Exception {
    return index.search(new SearchRequest(text, 0, 10, Map.of(), null, true)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void a_compound_finds_its_parts_written_apart() throws Exception {
    assertThat(ids("kinderthuiszorg")).contains("thuiszorg-kinderen", "kinderthuiszorg-oost");
    assertThat(literalIds("kinderthuiszorg")).doesNotContain("thuiszorg-kinderen");
  }

  @Test
  void words_written_apart_find_the_compound() throws Exception {
    assertThat(ids("thuiszorg voor kinderen")).contains("kinderthuiszorg-oost");
    assertThat(literalIds("thuiszorg voor kinderen")).doesNotContain("kinderthuiszorg-oost");
  }

  @Test
  void a_synonym_group_finds_respite_under_another_name() throws Exception {
    SearchResult r = index.search(SearchRequest.of("logeeropvang"));
    assertThat(r.hits()).extracting(SearchHit::id).contains("vlinder", "respijt");
    assertThat(r.expansions()).contains("logeerhuis", "respijtzorg");
    assertThat(literalIds("logeeropvang")).isEmpty();
  }

  @Test
  void a_spelled_out_abbreviation_finds_text_with_only_the_abbreviation() throws Exception {
    assertThat(ids("persoonsgebonden budget")).first().isEqualTo("pgb-loket");
    assertThat(literalIds("persoonsgebonden")).isEmpty();
  }

  @Test
  void a_brand_written_apart_finds_the_brand() throws Exception {
    assertThat(ids("samen 1 plan")).first().isEqualTo("samen1plan");
    assertThat(literalIds("samen 1 plan")).doesNotContain("samen1plan");
  }

  @Test
  void words_written_apart_are_joined_when_the_catalogue_writes_them_together() throws Exception {
    SearchResult r = index.search(SearchRequest.of("respijt zorg"));
    assertThat(r.hits()).extracting(SearchHit::id).first().isEqualTo("respijt");
    assertThat(r.expansions()).contains("respijtzorg");
  }

  @Test
  void accents_are_folded_so_client_finds_client_with_diaeresis() throws Exception {
    assertThat(ids("clientondersteuning")).first().isEqualTo("client");
  }

  @Test
  void a_plural_finds_the_singular_through_stemming_and_devoicing() throws Exception {
    assertThat(ids("logeerhuizen")).contains("vlinder");
    assertThat(literalIds("logeerhuizen")).doesNotContain("vlinder");
  }

  @Test
  void a_typo_still_finds_the_entry_and_yields_a_did_you_mean() throws Exception {
    SearchResult r = index.search(SearchRequest.of("logeerhuys"));
    assertThat(r.hits()).extracting(SearchHit::id).contains("vlinder");
    assertThat(r.suggestion()).isEqualTo("logeerhuis");
    assertThat(literalIds("logeerhuys")).isEmpty();
  }

  @Test
  void a_misspelled_rare_condition_is_found() throws Exception {
    SearchResult r = index.search(SearchRequest.of("Palizaeus"));
    assertThat(r.hits()).extracting(SearchHit::id).first().isEqualTo("pmd");
    assertThat(r.suggestion()).isEqualTo("pelizaeus");
  }

  @Test
  void a_correct_query_gets_no_did_you_mean() throws Exception {
    assertThat(index.search(SearchRequest.of("logeerhuis")).suggestion()).isNull();
  }

  @Test
  void a_word_hidden_inside_another_compound_is_not_a_match() throws Exception {
    assertThat(ids("sondevoeding")).doesNotContain("vsca");
  }

  @Test
  void strain_in_everyday_words_finds_respite_and_carer_support() throws Exception {
    // After the stop words only "trek" is left; the phrase itself asks for the respijt and gezin concepts.
    assertThat(ids("ik trek het niet meer")).contains("vlinder", "respijt", "steunpunt");
    assertThat(literalIds("ik trek het niet meer")).doesNotContain("vlinder", "respijt", "steunpunt");
  }

  @Test
  void a_described_situation_finds_the_offer_named_for_it() throws Exception {
    assertThat(ids("ons kind gaat niet naar school")).first().isEqualTo("thuiszitters");
    assertThat(literalIds("ons kind gaat niet naar school")).doesNotContain("thuiszitters");
  }

  @Test
  void brothers_and_sisters_weigh_as_one_need_against_words_that_are_everywhere() throws Exception {
    // "gehandicapt" and "kind" both sit in the name of the foundation; the brussen concept
    // (asked for twice by broertjes and zusjes together, as one need) outweighs them.
    assertThat(ids("hulp voor broertjes en zusjes van een gehandicapt kind")).first().isEqualTo("brussen");
  }

  @Test
  void a_colloquial_family_word_finds_brussen() throws Exception {
    assertThat(ids("broertjes en zusjes")).first().isEqualTo("brussen");
  }

  @Test
  void a_diminutive_finds_its_base_word() throws Exception {
    assertThat(ids("zus")).contains("zusjesdag");
    assertThat(literalIds("zus")).doesNotContain("zusjesdag");
  }

  @Test
  void a_synonym_rule_fires_on_an_inflected_form() throws Exception {
    // the rule says "wijkteam, buurtteam, ..."; the plural wijkteams must reach it too
    assertThat(ids("wijkteams")).contains("wijkteam");
    assertThat(literalIds("wijkteams")).doesNotContain("wijkteam");
  }

  @Test
  void an_inflected_catalogue_word_is_no_typo() throws Exception {
    SearchResult r = index.search(SearchRequest.of("thuiszitter"));
    assertThat(r.suggestion()).isNull();
    assertThat(r.hits()).extracting(SearchHit::id).first().isEqualTo("thuiszitters");
  }

  @Test
  void a_place_in_the_text_ranks_entries_of_that_place_first() throws Exception {
    assertThat(ids("logeerhuis bij Tiel")).first().isEqualTo("tiel-logeer");
    assertThat(ids("logeerhuis zwolle")).first().isEqualTo("zwolle-logeer");
  }

  @Test
  void words_close_together_rank_above_words_far_apart() throws Exception {
    List<String> r = ids("zorg thuis");
    assertThat(r.indexOf("near")).isLessThan(r.indexOf("phrase"));
  }

  @Test
  void being_sent_from_desk_to_desk_finds_coordination_across_laws() throws Exception {
    String q = "we worden steeds van loket naar loket gestuurd";
    assertThat(ids(q)).first().isEqualTo("overkoepelend");
    assertThat(literalIds(q)).doesNotContain("overkoepelend");
  }

  @Test
  void coming_home_from_hospital_finds_nursing_at_home() throws Exception {
    String q = "onze zoon mag na de opname weer naar huis";
    // Both nursing-at-home offers rank right behind the entry about the admission itself.
    assertThat(ids(q).subList(0, 3)).contains("kinderthuiszorg-oost", "thuiszorg-kinderen");
    assertThat(literalIds(q)).doesNotContain("kinderthuiszorg-oost");
  }

  @Test
  void parents_of_a_child_whose_syndrome_has_no_name_find_the_association_for_any_diagnosis() throws Exception {
    String q = "ons kind heeft een syndroom zonder naam, ik zoek andere ouders";
    assertThat(ids(q)).first().isEqualTo("alle-ouders");
  }

  @Test
  void dagbesteding_for_a_child_finds_the_childrens_day_centre() throws Exception {
    assertThat(ids("dagbesteding voor mijn zoon")).first().isEqualTo("kdc");
    assertThat(literalIds("dagbesteding voor mijn zoon")).doesNotContain("kdc");
  }

  @Test
  void going_back_to_work_finds_day_care() throws Exception {
    String q = "ik wil weer gaan werken, waar kan mijn dochter terecht";
    assertThat(ids(q).subList(0, 2)).containsExactlyInAnyOrder("kdv-zorg", "kdc");
    assertThat(literalIds(q)).doesNotContain("kdv-zorg", "kdc");
  }

  @Test
  void tantrums_find_parenting_support() throws Exception {
    assertThat(ids("mijn zoon heeft steeds driftbuien")).first().isEqualTo("opvoed");
    assertThat(literalIds("mijn zoon heeft steeds driftbuien")).doesNotContain("opvoed");
  }

  @Test
  void a_child_who_cannot_climb_the_stairs_finds_home_adaptation() throws Exception {
    assertThat(ids("onze dochter kan de trap niet op")).first().isEqualTo("woning");
  }

  @Test
  void a_day_out_finds_family_days() throws Exception {
    assertThat(ids("wij willen eens een dagje uit")).first().isEqualTo("familiedag");
  }

  @Test
  void the_kansencirkel_finds_girfec_whose_wellbeing_wheel_it_translates() throws Exception {
    assertThat(ids("kansencirkel")).contains("girfec");
    assertThat(literalIds("kansencirkel")).doesNotContain("girfec");
  }

  @Test
  void adhd_finds_entries_that_name_only_the_hyperactivity() throws Exception {
    assertThat(ids("adhd")).contains("pmto");
    assertThat(literalIds("adhd")).doesNotContain("pmto");
  }
}

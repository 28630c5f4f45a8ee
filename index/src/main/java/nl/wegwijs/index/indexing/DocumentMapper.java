package nl.wegwijs.index.indexing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.facet.FacetDims;
import nl.wegwijs.index.place.Gazetteer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.jspecify.annotations.Nullable;

/** Builds the Lucene document of one entry; each field's type is chosen in the comment above it. */
public final class DocumentMapper {
  private static final FieldType SUMMARY_TYPE = summaryType();
  private static final FieldType WORDS_TYPE = wordsType();
  /** Keys of the place names seen so far: an entry's places come from a few hundred municipalities and regions. */
  private static final Map<String, List<String>> PLACE_KEYS = new ConcurrentHashMap<>();
  /** Beyond this many distinct place names (odd imports) keys are worked out per entry again, so memory stays bounded. */
  private static final int PLACE_KEYS_KEPT = 4096;

  private DocumentMapper() {}

  /**
   * Analysed, not stored, with term frequencies and norms but no positions. name_exact, all_plain
   * and suggest are read only by term queries (BM25 needs frequencies and lengths: literal search,
   * the literal name boost, the order of suggestions) and by term statistics (spelling, joins);
   * no phrase query and no highlighter reads them. They hold 110 of the 175 tokens a synthetic
   * entry inverts, so their positions were most of the position data a rebuild wrote, for nothing
   * (WordsFieldsTest: every reader of these fields gives the same hits, scores and suggestions).
   * Changing a field's index options needs a new IndexLayout.
   */
  private static FieldType wordsType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private static FieldType summaryType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  public static Document toDocument(IndexedEntry e) throws IOException {
    Document doc = new Document();
    PlainWordsFields plainWords = new PlainWordsFields();
    // KeywordField: exact, unanalysed key for updateDocument/delete, stored to return the hit.
    doc.add(new KeywordField(Fields.ID, e.id(), Store.YES));
    // TextField type, stored: the name is searched with the highest weight and shown in hits. The
    // first analysed field: the analysed fields up to all_plain are inverted in this order, and
    // name_exact and all_plain replay their plain words (PlainWordsFields).
    doc.add(plainWords.first(Fields.NAME, e.name(), TextField.TYPE_STORED));
    // Words type (no positions), plain analysis: a literal match on the name outranks one reached via synonyms.
    doc.add(plainWords.replayed(Fields.NAME_EXACT, 1, e::name, WORDS_TYPE, false));
    // TextField, not stored: categories are searched; their labels are kept by the facet field.
    e.categories().forEach(c -> doc.add(new TextField(Fields.CATEGORIES, c, Store.NO)));
    // TextField type with offsets in the postings, stored: summary is searched, shown and
    // highlighted; postings offsets let the highlighter skip re-analysing the text.
    doc.add(new Field(Fields.SUMMARY, e.summary(), SUMMARY_TYPE));
    // TextField, not stored: body text is only searched; the snippet comes from the summary.
    doc.add(new TextField(Fields.BODY, e.body(), Store.NO));
    // TextField, not stored: who it is for, in the source's words, searched with a low weight.
    doc.add(new TextField(Fields.AUDIENCE, e.audience(), Store.NO));
    List<String> places = places(e);
    // TextField: region and municipalities as words, so "bij Tiel" matches entries without coordinates.
    doc.add(new TextField(Fields.PLACE, String.join(" ", places), Store.NO));
    // KeywordField: normalised place names ("Gooise Meren (Bussum)": gooise meren, bussum) for the
    // radius filter of entries that have no coordinates of their own.
    placeKeys(places).forEach(k -> doc.add(new KeywordField(Fields.PLACE_KEY, k, Store.NO)));
    // Words type (no positions), plain analysis: every word as written (folded), for literal mode and did-you-mean;
    // the words of the analysed values above: name, categories, summary, body, audience, place.
    int analysed = 5 + e.categories().size();
    doc.add(plainWords.replayed(Fields.ALL_PLAIN, analysed, () -> plainText(e, places), WORDS_TYPE, true));
    // Words type (no positions) with edge n-grams: autocomplete on the words of the name.
    doc.add(new Field(Fields.SUGGEST, e.name(), WORDS_TYPE));
    // StoredField: kind and region are only returned with the hit (facets handle filtering).
    doc.add(new StoredField(Fields.KIND, e.kind()));
    doc.add(new StoredField(Fields.REGION, e.region()));
    // IntField (points): age range filter; an open bound is stored as 0 or 150 so it always matches.
    doc.add(new IntField(Fields.AGE_MIN, e.ageMin() == null ? Fields.AGE_FLOOR : e.ageMin(), Store.NO));
    doc.add(new IntField(Fields.AGE_MAX, e.ageMax() == null ? Fields.AGE_CEILING : e.ageMax(), Store.NO));
    // LongField: last update, for range queries and sorting by freshness.
    doc.add(new LongField(Fields.UPDATED, e.updatedAtEpochMillis(), Store.NO));
    // FloatDocValuesField: the kind prior multiplies the text score (KindPrior says why).
    doc.add(new FloatDocValuesField(Fields.PRIOR, KindPrior.of(e.kind())));
    addGeo(doc, e);
    addFacets(doc, e, places);
    return FacetDims.forIndexing().build(doc);
  }

  private static void addGeo(Document doc, IndexedEntry e) {
    if (e.lat() == null || e.lon() == null) {
      return;
    }
    // LatLonPoint: BKD points for the radius filter; LatLonDocValuesField: the distance sort.
    doc.add(new LatLonPoint(Fields.GEO, e.lat(), e.lon()));
    doc.add(new LatLonDocValuesField(Fields.GEO, e.lat(), e.lon()));
    // StoredField: the exact coordinates, to report the distance of each hit.
    doc.add(new StoredField(Fields.LAT, e.lat()));
    doc.add(new StoredField(Fields.LON, e.lon()));
  }

  // SortedSetDocValuesFacetField: counts straight from doc values; FacetsConfig adds drill-down terms.
  private static void addFacets(Document doc, IndexedEntry e, List<String> places) {
    facet(doc, FacetDims.KIND, List.of(e.kind()));
    facet(doc, FacetDims.CATEGORY, e.categories());
    facet(doc, FacetDims.FUNDING, e.funding());
    facet(doc, FacetDims.REGION, places);
    facet(doc, FacetDims.FOR, e.forWhom());
    facet(doc, FacetDims.ACCESS, e.access());
    facet(doc, FacetDims.SETTING, e.settings());
    facet(doc, FacetDims.CONDITION, e.conditions());
  }

  // Loops, not streams, in this class: it runs for every entry of a rebuild.
  private static void facet(Document doc, String dim, List<String> values) {
    List<String> seen = new ArrayList<>(values.size());
    for (String v : values) {
      if (v != null && !v.isBlank() && !seen.contains(v)) {
        seen.add(v);
        doc.add(new SortedSetDocValuesFacetField(dim, v.strip()));
      }
    }
  }

  /** Region, then municipalities: non-blank, each once, in that order. */
  private static List<String> places(IndexedEntry e) {
    List<String> out = new ArrayList<>(1 + e.municipalities().size());
    addPlace(out, e.region());
    for (String m : e.municipalities()) {
      addPlace(out, m);
    }
    return out;
  }

  private static void addPlace(List<String> out, @Nullable String place) {
    if (place != null && !place.isBlank() && !out.contains(place)) {
      out.add(place);
    }
  }

  /** The distinct gazetteer keys of the places, in order. */
  private static List<String> placeKeys(List<String> places) {
    if (places.size() == 1) {
      return keysOf(places.getFirst());
    }
    List<String> out = new ArrayList<>();
    for (String place : places) {
      for (String k : keysOf(place)) {
        if (!out.contains(k)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  private static List<String> keysOf(String place) {
    List<String> keys = PLACE_KEYS.get(place);
    if (keys == null) {
      keys = Gazetteer.keys(place).toList();
      if (PLACE_KEYS.size() < PLACE_KEYS_KEPT) {
        PLACE_KEYS.put(place, keys);
      }
    }
    return keys;
  }

  private static String plainText(IndexedEntry e, List<String> places) {
    StringBuilder out = new StringBuilder(
        e.name().length() + e.summary().length() + e.body().length() + e.audience().length() + 64);
    out.append(e.name()).append(SEPARATOR).append(e.summary()).append(SEPARATOR).append(e.body())
        .append(SEPARATOR).append(e.audience());
    for (String c : e.categories()) {
      out.append(SEPARATOR).append(c);
    }
    for (String p : places) {
      out.append(SEPARATOR).append(p);
    }
    return out.toString();
  }

  private static final String SEPARATOR = " \n ";
}

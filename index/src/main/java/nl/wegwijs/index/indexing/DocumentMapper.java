package nl.wegwijs.index.indexing;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
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

/** Builds the Lucene document of one entry; each field's type is chosen in the comment above it. */
public final class DocumentMapper {
  private static final FieldType SUMMARY_TYPE = summaryType();

  private DocumentMapper() {}

  private static FieldType summaryType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  public static Document toDocument(IndexedEntry e) throws IOException {
    Document doc = new Document();
    // KeywordField: exact, unanalysed key for updateDocument/delete, stored to return the hit.
    doc.add(new KeywordField(Fields.ID, e.id(), Store.YES));
    // TextField, stored: the name is searched with the highest weight and shown in hits.
    doc.add(new TextField(Fields.NAME, e.name(), Store.YES));
    // TextField, plain analysis: a literal match on the name outranks one reached via synonyms.
    doc.add(new TextField(Fields.NAME_EXACT, e.name(), Store.NO));
    // TextField, not stored: categories are searched; their labels are kept by the facet field.
    e.categories().forEach(c -> doc.add(new TextField(Fields.CATEGORIES, c, Store.NO)));
    // TextField type with offsets in the postings, stored: summary is searched, shown and
    // highlighted; postings offsets let the highlighter skip re-analysing the text.
    doc.add(new Field(Fields.SUMMARY, e.summary(), SUMMARY_TYPE));
    // TextField, not stored: body text is only searched; the snippet comes from the summary.
    doc.add(new TextField(Fields.BODY, e.body(), Store.NO));
    // TextField, not stored: who it is for, in the source's words, searched with a low weight.
    doc.add(new TextField(Fields.AUDIENCE, e.audience(), Store.NO));
    // TextField: region and municipalities as words, so "bij Tiel" matches entries without coordinates.
    doc.add(new TextField(Fields.PLACE, String.join(" ", places(e).toList()), Store.NO));
    // KeywordField: normalised place names ("Gooise Meren (Bussum)": gooise meren, bussum) for the
    // radius filter of entries that have no coordinates of their own.
    places(e).flatMap(Gazetteer::keys).distinct()
        .forEach(k -> doc.add(new KeywordField(Fields.PLACE_KEY, k, Store.NO)));
    // TextField, plain analysis: every word as written (folded), for literal mode and did-you-mean.
    doc.add(new TextField(Fields.ALL_PLAIN, plainText(e), Store.NO));
    // TextField with edge n-grams: autocomplete on the words of the name.
    doc.add(new TextField(Fields.SUGGEST, e.name(), Store.NO));
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
    addFacets(doc, e);
    return FacetDims.config().build(doc);
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
  private static void addFacets(Document doc, IndexedEntry e) {
    facet(doc, FacetDims.KIND, List.of(e.kind()));
    facet(doc, FacetDims.CATEGORY, e.categories());
    facet(doc, FacetDims.FUNDING, e.funding());
    facet(doc, FacetDims.REGION, places(e).toList());
    facet(doc, FacetDims.FOR, e.forWhom());
    facet(doc, FacetDims.ACCESS, e.access());
    facet(doc, FacetDims.SETTING, e.settings());
    facet(doc, FacetDims.CONDITION, e.conditions());
  }

  private static void facet(Document doc, String dim, List<String> values) {
    values.stream()
        .filter(v -> v != null && !v.isBlank())
        .distinct()
        .forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim, v.strip())));
  }

  private static Stream<String> places(IndexedEntry e) {
    return Stream.concat(Stream.of(e.region()), e.municipalities().stream())
        .filter(p -> p != null && !p.isBlank())
        .distinct();
  }

  private static String plainText(IndexedEntry e) {
    return String.join(
        " \n ",
        Stream.of(
                Stream.of(e.name(), e.summary(), e.body(), e.audience()),
                e.categories().stream(),
                places(e))
            .flatMap(s -> s)
            .toList());
  }
}

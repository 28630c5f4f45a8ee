package nl.wegwijs.index.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import nl.wegwijs.index.indexing.DocumentMapper;
import nl.wegwijs.index.indexing.IndexAnalyzers;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Documents carry drill-down terms of the full path only: every facet filter (one value, and two
 * values of a key) matches the same entries as with Lucene's default terms, which also index the
 * bare dimension once per value.
 */
class DrillDownTermsTest {

  @Test
  void facet_filters_match_the_same_entries_without_the_dimension_terms() throws Exception {
    List<IndexedEntry> entries = Stream.concat(Catalogue.entries().stream(), new SyntheticCatalogue().entries(2000, 5)).toList();
    try (Directory now = build(entries, false); Directory before = build(entries, true);
        DirectoryReader n = DirectoryReader.open(now); DirectoryReader b = DirectoryReader.open(before)) {
      String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
      assertThat(b.docFreq(new Term(field, FacetsConfig.pathToString(FacetDims.CATEGORY, new String[0])))).isPositive();
      assertThat(n.docFreq(new Term(field, FacetsConfig.pathToString(FacetDims.CATEGORY, new String[0])))).isZero();
      int filters = 0;
      for (String dim : FacetDims.ALL) {
        List<String> values = values(entries, dim);
        for (int i = 0; i < values.size(); i++) {
          DrillDownQuery one = new DrillDownQuery(FacetDims.config(), new MatchAllDocsQuery());
          one.add(dim, values.get(i));
          assertThat(docs(n, one)).as(dim + "/" + values.get(i)).isNotEmpty().isEqualTo(docs(b, one));
          if (i + 1 < values.size()) {
            DrillDownQuery two = new DrillDownQuery(FacetDims.config(), new MatchAllDocsQuery());
            two.add(dim, values.get(i), values.get(i + 1));
            assertThat(docs(n, two)).isEqualTo(docs(b, two));
          }
          filters++;
        }
      }
      assertThat(filters).isGreaterThan(50);
    }
  }

  private static List<String> values(List<IndexedEntry> entries, String dim) {
    return entries.stream().flatMap(e -> switch (dim) {
          case FacetDims.KIND -> Stream.of(e.kind());
          case FacetDims.CATEGORY -> e.categories().stream();
          case FacetDims.FUNDING -> e.funding().stream();
          case FacetDims.REGION -> Stream.concat(Stream.of(e.region()), e.municipalities().stream());
          case FacetDims.FOR -> e.forWhom().stream();
          case FacetDims.ACCESS -> e.access().stream();
          case FacetDims.SETTING -> e.settings().stream();
          default -> e.conditions().stream();
        })
        .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().sorted().limit(40).toList();
  }

  private static List<Integer> docs(DirectoryReader reader, DrillDownQuery q) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc sd : new IndexSearcher(reader).search(q, reader.maxDoc()).scoreDocs) {
      out.add(sd.doc);
    }
    out.sort(null);
    return out;
  }

  private static Directory build(List<IndexedEntry> entries, boolean dimensionTerms) throws IOException {
    System.setProperty(FacetDims.DIMENSION_TERMS_PROPERTY, String.valueOf(dimensionTerms));
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.forWriting()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (IndexedEntry e : entries) {
        w.addDocument(DocumentMapper.toDocument(e));
      }
    } finally {
      System.clearProperty(FacetDims.DIMENSION_TERMS_PROPERTY);
    }
    return dir;
  }
}

package nl.wegwijs.index.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import nl.wegwijs.index.indexing.DocumentMapper;
import nl.wegwijs.index.indexing.IndexAnalyzers;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FacetCounter gives exactly Lucene's SortedSetDocValuesFacetCounts (counts, values, order, ties) on
 * an index of several segments with deletions, plain and drill-sideways.
 */
class FacetCounterTest {
  private static Directory dir;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    dir = FSDirectory.open(Files.createTempDirectory("facet-counter-"));
    var config = new IndexWriterConfig(IndexAnalyzers.forWriting()).setMergePolicy(NoMergePolicy.INSTANCE).setMaxBufferedDocs(500);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      List<IndexedEntry> all = Stream.concat(Catalogue.entries().stream(), new SyntheticCatalogue().entries(2000, 7)).toList();
      for (IndexedEntry e : all) {
        w.addDocument(DocumentMapper.toDocument(e));
      }
      w.deleteDocuments(new Term("id", all.get(3).id()), new Term("id", all.get(1000).id()));
      w.commit();
    }
    reader = DirectoryReader.open(dir);
    assertThat(reader.leaves()).hasSizeGreaterThan(3);
    assertThat(reader.hasDeletions()).isTrue();
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  private static List<Query> queries() {
    List<Query> out = new ArrayList<>();
    out.add(new MatchAllDocsQuery());
    for (String word : List.of("logeren", "ouders", "thuiszorg", "pgb", "autisme", "school", "kinderen")) {
      out.add(new TermQuery(new Term("all_plain", word)));
    }
    for (String value : List.of("provision", "organisation", "wlz")) {
      out.add(new DrillDownQuery(FacetDims.config()));
      ((DrillDownQuery) out.getLast()).add(value.equals("wlz") ? FacetDims.FUNDING : FacetDims.KIND, value);
    }
    return out;
  }

  @Test
  void counts_every_dimension_like_lucene() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    FacetCounter counter = FacetCounter.of(reader);
    int compared = 0;
    for (Query q : queries()) {
      FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
      var facets = new SortedSetDocValuesFacetCounts(counter.state(), hits);
      for (int topN : new int[] {1, 3, 30}) {
        assertThat(counter.count(hits, topN)).as(q + " top " + topN).isEqualTo(lucene(counter, facets, topN));
      }
      compared += hits.getMatchingDocs().stream().mapToInt(FacetsCollector.MatchingDocs::totalHits).sum();
    }
    assertThat(compared).isGreaterThan(3000);
  }

  @Test
  void counts_sideways_like_lucene() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    FacetCounter counter = FacetCounter.of(reader);
    var dims = List.of(Map.of(FacetDims.KIND, List.of("provision")),
        Map.of(FacetDims.KIND, List.of("provision", "organisation"), FacetDims.FUNDING, List.of("wlz")),
        Map.of(FacetDims.FOR, List.of("ouder"), FacetDims.REGION, List.of("Utrecht", "Gelderland")));
    for (Query q : queries()) {
      for (Map<String, List<String>> filter : dims) {
        DrillDownQuery drill = new DrillDownQuery(FacetDims.config(), q);
        filter.forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        var theirs = new DrillSideways(searcher, FacetDims.config(), counter.state()).search(drill, new TotalHitCountCollectorManager(searcher.getSlices()));
        var ours = counter.drillSideways(searcher).search(drill, new TotalHitCountCollectorManager(searcher.getSlices()));
        assertThat(ours.collectorResult).isEqualTo(theirs.collectorResult);
        assertThat(counter.sideways(ours, 30)).as(q + " " + filter).isEqualTo(lucene(counter, theirs.facets, 30));
      }
    }
  }

  /** What the index returned before FacetCounter: Lucene's counts, every dimension with any values. */
  private static Map<String, List<FacetCount>> lucene(FacetCounter counter, Facets facets, int topN) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : FacetDims.ALL) {
      if (counter.state().getOrdRange(dim) == null) {
        continue;
      }
      FacetResult result = facets.getTopChildren(topN, dim);
      List<FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, List.copyOf(values));
    }
    return out;
  }
}

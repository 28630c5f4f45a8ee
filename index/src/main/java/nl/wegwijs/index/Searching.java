package nl.wegwijs.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.index.analysis.QuerySynonyms;
import nl.wegwijs.index.indexing.Fields;
import nl.wegwijs.index.query.Filters;
import nl.wegwijs.index.query.MatchSet;
import nl.wegwijs.index.query.PlaceMention;
import nl.wegwijs.index.query.QueryFactory;
import nl.wegwijs.index.query.Snippets;
import nl.wegwijs.index.query.Understood;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;

/** Executes one search request against one searcher view. */
final class Searching {
  static final int MAX_SIZE = 100;
  static final int MAX_WINDOW = 10_000;
  private static final int FACET_TOP = 30;
  /** How deep the kind prior reorders the text ranking; the prior is at most a factor 2. */
  static final int RESCORE_DEPTH = 50;

  private final Analyzer indexAnalyzer;
  private final DutchPlaces places;
  /**
   * Swapped whole when the editor synonyms change (one immutable factory per synonym set): a search
   * reads it once, so a search in flight finishes with the synonyms it started with.
   */
  private volatile QueryFactory queries = new QueryFactory();

  Searching(Analyzer indexAnalyzer, DutchPlaces places) {
    this.indexAnalyzer = indexAnalyzer;
    this.places = places;
  }

  /**
   * Whole results kept per view (CatalogueSearcher.results); -Dwegwijs.index.resultCache=false (read
   * per search) computes every search again, for comparisons in one JVM and for the benchmarks, whose
   * repeated texts would otherwise measure the cache. Such a comparison must switch it off: another
   * setting switched while running (the count limit, the passes) does not reach a request already
   * kept on the current view.
   */
  static final String RESULT_CACHE_PROPERTY = "wegwijs.index.resultCache";
  private static final JvmSetting<Boolean> RESULT_CACHE = new JvmSetting<>(RESULT_CACHE_PROPERTY, true, text -> switch (text) {
    case "true" -> true;
    case "false" -> false;
    default -> throw new IllegalArgumentException("not true or false");
  });

  SearchResult search(CatalogueSearcher searcher, SearchRequest r) throws IOException {
    QueryFactory factory = queries;
    if (!RESULT_CACHE.get()) {
      return compute(searcher, r, factory);
    }
    try {
      // The factory is part of the key for the same reason as in TextKey.
      return searcher.results.get(new ResultKey(ResultKey.frozen(r), factory), k -> {
        try {
          return compute(searcher, r, factory);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * A whole request and the synonyms: a view never changes, so the same request on the same view
   * with the same synonyms has the same result (paging, filters, place and facets included).
   */
  record ResultKey(SearchRequest request, QueryFactory factory) {
    /** The request with its filter lists copied: a caller may reuse and change its lists after searching. */
    static SearchRequest frozen(SearchRequest r) {
      Map<String, List<String>> filters = new java.util.HashMap<>();
      r.filters().forEach((k, v) -> filters.put(k, v == null ? List.of() : List.copyOf(v)));
      return new SearchRequest(r.text(), r.page(), r.size(), filters, r.near(), r.literal(), r.facets());
    }
  }

  private SearchResult compute(CatalogueSearcher searcher, SearchRequest r, QueryFactory factory) throws IOException {
    int size = r.size() <= 0 ? 10 : Math.min(r.size(), MAX_SIZE);
    int page = Math.max(0, Math.min(r.page(), MAX_WINDOW / size - 1));
    // The factory is part of the key: a search still running with the old synonyms after a swap
    // can never put its analysis where a search with the new ones finds it.
    Prepared prepared = searcher.prepared.get(new TextKey(r.text(), r.literal(), factory), k -> prepare(searcher, r, factory));
    Understood understood = prepared.understood();
    GeoFilter near = validNear(r.near());
    Query geo = near == null ? null
        : Filters.near(near.lat(), near.lon(), near.radiusKm(), places.namesWithin(near.lat(), near.lon(), near.radiusKm()));
    if (geo != null && prepared.withoutPlace() != null && PLACE_WORDS_FILTER.get()) {
      // Around a place, a match must meet the words besides the place: the place's name stays one of
      // the text's words (a municipality's own team ranks), and "logeeropvang bij Nijmegen" with the
      // API's radius found only Gemeente Nijmegen and two Radboudumc entries, none about logeeropvang,
      // so the nationwide fallback of an empty search near a place never came.
      geo = new BooleanQuery.Builder().add(geo, BooleanClause.Occur.FILTER)
          .add(prepared.withoutPlace(), BooleanClause.Occur.FILTER).build();
    }
    Query query;
    int window = (page + 1) * size;
    Sort byDistance = near == null ? null : new Sort(LatLonDocValuesField.newDistanceSort(Fields.GEO, near.lat(), near.lon()));
    // Without facet counts the facet filters are plain drill-down filters (Filters.apply). The
    // sideways pass only counts, so it runs the flat match set, never the scoring query.
    DrillDownQuery drill = searcher.facets == null || !r.facets() ? null : Filters.drillDown(prepared.matching(), r.filters(), geo);
    TopDocs all;
    Map<String, List<FacetCount>> facets;
    // Counted exactly up to this many matches; distance-sorted searches count everything (their
    // one pass visits every match anyway to find the nearest).
    int exactUpTo = CountLimit.exactUpTo();
    boolean lowerBound = false;
    boolean estimated = false;
    if (drill != null) {
      // Sideways counts: a dimension's own filter does not hide that dimension's other values.
      // The match set of the drill-down equals that of the filtered ranking query (MatchSetTest),
      // so the total is the same; the top hits come from the same two cheap passes as below
      // (block-max WAND, the kind prior as a rescore of the top 50) instead of scoring every match
      // with the prior, which the profile showed as the cost of a faceted search.
      query = searcher.rewrite(Filters.apply(prepared.ranking(), r.filters(), geo));
      DrillSideways sideways = searcher.facets.drillSideways(searcher);
      if (byDistance == null) {
        // Beyond the exact-count limit (CountLimit: a count that stops there says so) the total is
        // that lower bound and the sideways pass counts a sample of the text matches; below it,
        // everything stays exact.
        // The top pass as one disjunction with filter clauses (FilteredDisjunction): MaxScore over the
        // filter instead of a WAND advanced to every filter match; the same hits and scores.
        Query topQuery = FilteredDisjunction.rewritten(searcher, prepared.rankingClauses(), r.filters(), geo, query);
        TopDocs top = searcher.search(topQuery, new TopScoreDocCollectorManager(Math.max(window, RESCORE_DEPTH), null, 1));
        boolean over = prepared.matchBound() > exactUpTo
            && searcher.search(Filters.apply(prepared.matching(), r.filters(), geo), new LimitedCount(exactUpTo)) == LimitedCount.OVER;
        double rate = over ? CountLimit.sampleRate(prepared.matchBound(), searcher.getIndexReader().maxDoc()) : 1;
        if (rate < 1) {
          drill = Filters.drillDown(CountLimit.sampled(prepared.matching(), rate), r.filters(), geo);
        }
        var result = sideways.search(drill, new TotalHitCountCollectorManager(searcher.getSlices()));
        all = KindPriorRescore.apply(searcher, top, window, over ? exactUpTo : result.collectorResult, understood.place(), understood.needs(),
            understood.professionalOnly());
        facets = searcher.facets.sideways(result, FACET_TOP, rate);
        lowerBound = over;
        estimated = rate < 1;
      } else {
        var result = sideways.search(drill, new TopFieldCollectorManager(byDistance, window, null, Integer.MAX_VALUE));
        all = result.collectorResult;
        facets = searcher.facets.sideways(result, FACET_TOP);
      }
    } else if (byDistance == null) {
      // The top hits by text score (the kind prior applied to a deeper top as a rescore), the exact
      // total and the facet counts: in one exhaustive pass or in two cheap ones (TextPasses says when).
      // Rewritten once (fuzzy automata, multi-term expansion) for the passes and the highlighter.
      Query plainText = searcher.rewrite(Filters.apply(prepared.ranking(), r.filters(), geo));
      query = plainText;
      // Counting needs only the match set: one clause per distinct term (MatchSet), not the
      // per-field, per-weight ranking query.
      Query counting = searcher.rewrite(Filters.apply(prepared.matching(), r.filters(), geo));
      // Unfiltered (Filters.apply returned the match set itself), the text's own lower bound holds.
      long floor = counting == prepared.matching() ? prepared.matchFloor() : 0;
      // Its passes score the same matches as a filtered disjunction where that is cheaper (FilteredDisjunction).
      Query ranked = FilteredDisjunction.rewritten(searcher, prepared.rankingClauses(), r.filters(), geo, plainText);
      TextPasses.Outcome passes = TextPasses.run(searcher, ranked, counting, prepared.matchBound(), floor,
          Math.max(window, RESCORE_DEPTH), r.facets(), exactUpTo);
      all = KindPriorRescore.apply(searcher, passes.top(), window, passes.total(), understood.place(), understood.needs(),
            understood.professionalOnly());
      facets = passes.matched() == null || searcher.facets == null ? Map.of()
          : passes.countRate() < 1 ? searcher.facets.countSample(passes.matched(), FACET_TOP, passes.countRate(), CountLimit.SAMPLE_SEED)
          : searcher.facets.count(passes.matched(), FACET_TOP, passes.sampleRate());
      lowerBound = passes.totalIsLowerBound();
      estimated = !facets.isEmpty() && (passes.sampleRate() < 1 || passes.countRate() < 1);
    } else {
      // Sorted by distance: text scores are not needed at all, only the match set.
      Query matching = searcher.rewrite(Filters.apply(prepared.matching(), r.filters(), geo));
      query = matching;
      if (r.facets()) {
        FacetsCollectorManager.FacetsResult result =
            FacetsCollectorManager.search(searcher, matching, window, byDistance, false, new FacetsCollectorManager());
        all = result.topDocs();
        facets = searcher.facets == null ? Map.of() : searcher.facets.count(result.facetsCollector(), FACET_TOP);
      } else {
        all = searcher.search(matching, new TopFieldCollectorManager(byDistance, window, null, Integer.MAX_VALUE));
        facets = Map.of();
      }
    }
    int from = Math.min(page * size, all.scoreDocs.length);
    ScoreDoc[] slice = java.util.Arrays.copyOfRange(all.scoreDocs, from, all.scoreDocs.length);
    List<SearchHit> hits = hits(searcher, query, new TopDocs(all.totalHits, slice), near);
    // Immutable throughout: the result may be kept and handed to many callers (ResultKey).
    Map<String, List<FacetCount>> counts = new java.util.LinkedHashMap<>();
    facets.forEach((dim, values) -> counts.put(dim, List.copyOf(values)));
    return new SearchResult(
        r.text(),
        all.totalHits.value(),
        List.copyOf(hits),
        java.util.Collections.unmodifiableMap(counts),
        understood.suggestion(),
        understood.expansions(),
        lowerBound,
        estimated);
  }

  /** The text part of a request and the synonyms, which is all that analysis depends on (factory by identity). */
  record TextKey(String text, boolean literal, QueryFactory factory) {}

  QuerySynonyms synonyms() {
    return queries.synonyms();
  }

  /** Searches from now on use these synonyms; the caller clears the analysed-query caches. */
  void useSynonyms(QuerySynonyms synonyms) {
    queries = new QueryFactory(synonyms);
  }

  /**
   * What one text costs to prepare, kept per searcher (per index view: corrections, joins and
   * places depend on the catalogue's words): the analysed query, rewritten (fuzzy clauses expanded),
   * its flat match set for counting, an upper bound on its matches (which picks the passes) and a
   * lower bound (MatchSet.docFreqFloor, which can tell a count limit is passed without counting).
   */
  record Prepared(Understood understood, Query ranking, Query matching, long matchBound, long matchFloor,
      @Nullable List<Query> rankingClauses, @Nullable Query withoutPlace) {}

  /**
   * -Dwegwijs.index.placeWordsFilter=false (read per search): around a place (a radius), the
   * entries that match only the name of a place in the text count as matches again.
   */
  static final String PLACE_WORDS_FILTER_PROPERTY = "wegwijs.index.placeWordsFilter";
  private static final JvmSetting<Boolean> PLACE_WORDS_FILTER = new JvmSetting<>(PLACE_WORDS_FILTER_PROPERTY, true,
      text -> switch (text) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("not true or false");
      });

  private Prepared prepare(IndexSearcher searcher, SearchRequest r, QueryFactory queries) {
    try {
      Understood read = understand(searcher, r, queries);
      // The rescore's queries too, so each search neither rewrites them nor builds their weights again.
      Understood understood = new Understood(read.query(), read.expansions(), read.suggestion(),
          read.place() == null ? null : rewritten(searcher, read.place()),
          read.needs().stream().map(q -> rewritten(searcher, q)).toList(),
          read.professionalOnly() == null ? null : rewritten(searcher, read.professionalOnly()));
      Query ranking = searcher.rewrite(understood.query());
      Query matching = searcher.rewrite(MatchSet.of(ranking));
      long bound = MatchSet.docFreqBound(matching, searcher.getIndexReader());
      long floor = MatchSet.docFreqFloor(matching, searcher.getIndexReader());
      // Marked as rewritten, so the passes do not walk them again (Rewritten).
      return new Prepared(understood, Rewritten.of(ranking, searcher), Rewritten.of(matching, searcher), bound, floor,
          FilteredDisjunction.clauses(ranking, searcher), withoutPlace(searcher, r, queries));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The match set of the text's words besides a place it names ("logeeropvang" of "logeeropvang bij
   * Nijmegen"), analysed as a text of its own (synonyms, compounds, typos); null when the text names
   * no place or nothing but a place ("bij Tiel" asks for everything there), or is searched literally.
   */
  private static @Nullable Query withoutPlace(IndexSearcher searcher, SearchRequest r, QueryFactory queries) throws IOException {
    if (r.literal()) {
      return null;
    }
    PlaceMention place = PlaceMention.find(r.text(), searcher.getIndexReader());
    if (place == null || place.rest().isBlank()) {
      return null;
    }
    Understood rest = understand(searcher, new SearchRequest(place.rest(), 0, 10, Map.of(), null, false), queries);
    if (rest.query() instanceof MatchAllDocsQuery) {
      return null;
    }
    return Rewritten.of(searcher.rewrite(MatchSet.of(searcher.rewrite(rest.query()))), searcher);
  }

  private static Query rewritten(IndexSearcher searcher, Query query) {
    try {
      return Rewritten.of(searcher.rewrite(query), searcher);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Understood understand(IndexSearcher searcher, SearchRequest r, QueryFactory queries) throws IOException {
    try {
      return queries.understand(r.text(), r.literal(), searcher.getIndexReader());
    } catch (RuntimeException e) {
      // Any user string must be safe: if the rich query cannot be built, search literally.
      try {
        return queries.understand(r.text(), true, searcher.getIndexReader());
      } catch (RuntimeException again) {
        return new Understood(new MatchAllDocsQuery(), List.of(), null);
      }
    }
  }

  private static @Nullable GeoFilter validNear(@Nullable GeoFilter near) {
    if (near == null || !Double.isFinite(near.lat()) || !Double.isFinite(near.lon())
        || Math.abs(near.lat()) > 90 || Math.abs(near.lon()) > 180 || !(near.radiusKm() > 0)) {
      return null;
    }
    return near;
  }

  /** What a hit shows from an entry's stored fields. */
  record Shown(String id, String name, String kind, String summary, String region, @Nullable Double lat,
      @Nullable Double lon) {}

  private List<SearchHit> hits(CatalogueSearcher searcher, Query query, TopDocs page, @Nullable GeoFilter near)
      throws IOException {
    Shown[] shown = new Shown[page.scoreDocs.length];
    // One stored-fields reader for the page: each instance starts with no decompressed block.
    var stored = searcher.storedFields();
    for (int i = 0; i < shown.length; i++) {
      shown[i] = searcher.shown.get(page.scoreDocs[i].doc, doc -> load(stored, doc));
    }
    String[] summaries = java.util.Arrays.stream(shown).map(Shown::summary).toArray(String[]::new);
    String[] snippets = shown.length == 0 ? new String[0] : Snippets.of(searcher, indexAnalyzer, query, page, summaries);
    List<SearchHit> out = new ArrayList<>(shown.length);
    for (int i = 0; i < shown.length; i++) {
      Shown d = shown[i];
      String snippet = snippets[i] != null ? snippets[i] : escape(d.summary());
      out.add(new SearchHit(d.id(), d.name(), d.kind(), d.summary(), snippet, d.region(),
          Float.isNaN(page.scoreDocs[i].score) ? 0f : page.scoreDocs[i].score, distanceKm(d, near)));
    }
    return out;
  }

  private static Shown load(org.apache.lucene.index.StoredFields stored, int doc) {
    try {
      Document d = stored.document(doc);
      var lat = d.getField(Fields.LAT);
      var lon = d.getField(Fields.LON);
      return new Shown(d.get(Fields.ID), nonNull(d.get(Fields.NAME)), nonNull(d.get(Fields.KIND)),
          nonNull(d.get(Fields.SUMMARY)), nonNull(d.get(Fields.REGION)),
          lat == null ? null : lat.numericValue().doubleValue(), lon == null ? null : lon.numericValue().doubleValue());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static @Nullable Double distanceKm(Shown d, @Nullable GeoFilter near) {
    if (near == null || d.lat() == null || d.lon() == null) {
      return null;
    }
    return SloppyMath.haversinMeters(near.lat(), near.lon(), d.lat(), d.lon()) / 1000.0;
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}

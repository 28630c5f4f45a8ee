package nl.wegwijs.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import nl.wegwijs.index.facet.FacetCounter;
import nl.wegwijs.index.facet.FacetDims;
import nl.wegwijs.index.query.LruCache;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.jspecify.annotations.Nullable;

/** An IndexSearcher that carries what is costly per reader: facet state and category labels. */
final class CatalogueSearcher extends IndexSearcher {
  final @Nullable FacetCounter facets;
  final List<String> categories;
  /** Analysed queries of this view, most recently used first (see Searching.Prepared). */
  final LruCache<Searching.TextKey, Searching.Prepared> prepared;
  /**
   * The stored fields a hit shows, by doc id, for this view (Solr's documentCache): loading them
   * decompresses a stored-fields block per hit, and the same entries top many searches. Bounded, so
   * a large catalogue keeps only its most shown entries; off when the query cache is off.
   */
  final LruCache<Integer, Searching.Shown> shown;
  static final int SHOWN_PER_CACHED_QUERY = 16;
  /**
   * Whole results of this view by request (Solr's queryResultCache): people search the same few texts
   * (logeeropvang, pgb), and a repeated request then costs a lookup instead of scoring, counting
   * facets and highlighting again. A view never changes, so a kept result is exactly what the search
   * would compute; an edit makes a new view, which starts empty. As many as analysed texts are kept;
   * off when the query cache is off, and per search with -Dwegwijs.index.resultCache=false.
   */
  final LruCache<Searching.ResultKey, SearchResult> results;
  /**
   * BM25 with less length normalisation (b 0.4 instead of 0.75): catalogue names and summaries are
   * short, and full normalisation let a two-word name that shares one common word outrank the
   * entry that matches the rarer words. Norms do not depend on b, so no re-index is needed.
   */
  static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.4f);

  /**
   * Searches run on the calling thread plus the index's search pool (-Dwegwijs.index.searchThreads=N,
   * read per search; 1 searches on the calling thread alone, as before round s17; the default is the
   * number of cores). Lucene's TaskExecutor lets the calling thread run slices itself, so a busy pool
   * delays a search but cannot deadlock it.
   */
  static final String THREADS_PROPERTY = "wegwijs.index.searchThreads";
  static final JvmSetting<Integer> THREADS = new JvmSetting<>(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors(),
      text -> {
        int threads = Integer.parseInt(text);
        if (threads < 1) {
          throw new IllegalArgumentException("not a positive thread count");
        }
        return threads;
      });

  /**
   * Below this many documents a view is one slice: the demo catalogue's ~530 entries are searched in
   * well under a millisecond, where handing slices to other threads only adds cost. Package-private
   * and mutable so tests can slice a small index; read when a view computes its slices.
   */
  static volatile int concurrentFrom = 20_000;

  /** Every segment whole, searched in one slice on the calling thread (searchThreads=1). */
  private final LeafReaderContextPartition[] whole;

  /** About this many slices for a large view: the calling thread plus the pool's, one per core by default. */
  private final int sliceTarget;

  private CatalogueSearcher(IndexReader reader, int cachedQueries, @Nullable Executor pool, int sliceTarget)
      throws IOException {
    super(reader, pool);
    this.sliceTarget = Math.max(1, sliceTarget);
    this.whole = reader.leaves().stream().map(LeafReaderContextPartition::createForEntireSegment)
        .toArray(LeafReaderContextPartition[]::new);
    this.prepared = new LruCache<>(cachedQueries);
    this.shown = new LruCache<>(cachedQueries * SHOWN_PER_CACHED_QUERY);
    this.results = new LruCache<>(cachedQueries);
    setSimilarity(SIMILARITY);
    this.facets = FacetCounter.of(reader);
    this.categories = facets == null ? List.of() : facets.values(FacetDims.CATEGORY);
  }

  /**
   * Whole segments only, spread over at most one slice per core: largest first, each to the slice
   * with the fewest documents so far (Lucene's own grouping closes a slice only once it passes its
   * size, which put three equal segments in two slices). Intra-segment partitions are not used:
   * SampleQuery's geometric gaps, the facet sample of a collected match set and the conjunctions
   * they lead draw their random stream from a segment's first document on, so a partition starting mid-segment would see another sample, and the
   * estimates would depend on the slicing (with partitions ConcurrentSearchTest's sampled counts
   * differed, 639 against 601); and Lucene 10.6's DrillSidewaysScorer refuses a partition outright
   * ("maxDoc must be Integer.MAX_VALUE"). Whole segments keep every collector's per-leaf state as
   * with one thread: one MatchingDocs per segment, each segment's sample from its first document.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    int maxDoc = leaves.stream().mapToInt(l -> l.reader().maxDoc()).sum();
    if (maxDoc < concurrentFrom || leaves.size() < 2) {
      return leaves.isEmpty() ? new LeafSlice[0] : new LeafSlice[] {new LeafSlice(List.of(whole))};
    }
    List<LeafReaderContext> largestFirst = new java.util.ArrayList<>(leaves);
    largestFirst.sort(java.util.Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
    int count = Math.min(sliceTarget, leaves.size());
    List<List<LeafReaderContextPartition>> groups = new java.util.ArrayList<>();
    long[] docs = new long[count];
    for (int i = 0; i < count; i++) {
      groups.add(new java.util.ArrayList<>());
    }
    for (LeafReaderContext leaf : largestFirst) {
      int least = 0;
      for (int i = 1; i < count; i++) {
        least = docs[i] < docs[least] ? i : least;
      }
      groups.get(least).add(LeafReaderContextPartition.createForEntireSegment(leaf));
      docs[least] += leaf.reader().maxDoc();
    }
    return groups.stream().map(LeafSlice::new).toArray(LeafSlice[]::new);
  }

  /**
   * With searchThreads=1 (or a view of one slice) exactly what IndexSearcher does for a searcher
   * without an executor: one collector over every segment on the calling thread. Otherwise one
   * collector per slice, the slices run on the pool and the calling thread, then reduced.
   */
  @Override
  public <C extends Collector, T> T search(Query query, CollectorManager<C, T> manager) throws IOException {
    if (THREADS.get() > 1 && getSlices().length > 1) {
      return super.search(query, manager);
    }
    C collector = manager.newCollector();
    boolean scores = collector.scoreMode().needsScores();
    Weight weight = createWeight(rewrite(scores ? query : new ConstantScoreQuery(query)), collector.scoreMode(), 1);
    search(whole, weight, collector);
    return manager.reduce(List.of(collector));
  }

  /** How many slices a search of this view runs (tests). */
  int sliceCount() {
    return getSlices().length;
  }

  /**
   * A prepared query (Rewritten) is a fixed point, and so is the constant-score form IndexSearcher
   * wraps it in for non-scoring passes: both were rewritten, and their clauses counted, when the
   * text was prepared for this view.
   */
  @Override
  public Query rewrite(Query original) throws IOException {
    if (original instanceof Rewritten
        || original instanceof ConstantScoreQuery c && c.getQuery() instanceof Rewritten) {
      return original;
    }
    return super.rewrite(original);
  }

  /** Builds one per refresh, in the refresh thread, never on the query path. */
  static final class Factory extends SearcherFactory {
    private final int cachedQueries;
    private final @Nullable Executor pool;
    private final int sliceTarget;

    /**
     * {@code cachedQueries}: how many analysed texts each view keeps; 0 analyses every search.
     * {@code pool}: runs slices of a search besides the calling thread (null: never); a large view
     * is cut into about {@code sliceTarget} slices of whole segments.
     */
    Factory(int cachedQueries, @Nullable Executor pool, int sliceTarget) {
      this.cachedQueries = cachedQueries;
      this.pool = pool;
      this.sliceTarget = sliceTarget;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) throws IOException {
      return new CatalogueSearcher(reader, cachedQueries, pool, sliceTarget);
    }
  }
}

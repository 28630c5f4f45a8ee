package nl.wegwijs.index;

import java.io.IOException;
import java.util.List;
import nl.wegwijs.index.facet.FacetCounter;
import nl.wegwijs.index.facet.FacetDims;
import nl.wegwijs.index.query.LruCache;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
   * BM25 with less length normalisation (b 0.4 instead of 0.75): catalogue names and summaries are
   * short, and full normalisation let a two-word name that shares one common word outrank the
   * entry that matches the rarer words. Norms do not depend on b, so no re-index is needed.
   */
  static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.4f);

  private CatalogueSearcher(IndexReader reader, int cachedQueries) throws IOException {
    super(reader);
    this.prepared = new LruCache<>(cachedQueries);
    this.shown = new LruCache<>(cachedQueries * SHOWN_PER_CACHED_QUERY);
    setSimilarity(SIMILARITY);
    this.facets = FacetCounter.of(reader);
    this.categories = facets == null ? List.of() : facets.values(FacetDims.CATEGORY);
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

    /** {@code cachedQueries}: how many analysed texts each view keeps; 0 analyses every search. */
    Factory(int cachedQueries) {
      this.cachedQueries = cachedQueries;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) throws IOException {
      return new CatalogueSearcher(reader, cachedQueries);
    }
  }
}

package nl.wegwijs.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.wegwijs.index.analysis.QuerySynonyms;
import nl.wegwijs.index.analysis.SynonymGroup;
import nl.wegwijs.index.analysis.SynonymRefusal;
import nl.wegwijs.index.indexing.DocumentMapper;
import nl.wegwijs.index.indexing.Fields;
import nl.wegwijs.index.indexing.IndexAnalyzers;
import nl.wegwijs.index.suggest.Suggester;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue index: one IndexWriter and one SearcherManager over a directory (conventions habit
 * 10). A background thread refreshes the searcher every {@value #REFRESH_MILLIS} ms, so a change is
 * searchable within a second and no query ever waits for a refresh. The index is disposable: the
 * backend rebuilds it from PostgreSQL with {@link #replaceAll}.
 */
public final class CatalogueIndex implements Closeable {
  static final long REFRESH_MILLIS = 150;
  /**
   * Analysed texts kept per index view (-Dwegwijs.index.queryCache=N, 0 switches it off): analysis
   * with synonyms, spelling and fuzzy expansion costs more than many searches themselves, and
   * people search the same few texts (logeeropvang, pgb) over and over. A refresh starts empty.
   */
  static final String QUERY_CACHE_PROPERTY = "wegwijs.index.queryCache";
  /**
   * "false" computes every search again instead of answering a repeated request from its view's
   * kept results (read per search; default true). Benchmarks set it: their texts repeat.
   */
  public static final String RESULT_CACHE_PROPERTY = Searching.RESULT_CACHE_PROPERTY;

  /** The writer's indexing buffer; within -Xmx1g with a million entries served (PerformanceBenchmark). */
  static final double RAM_BUFFER_MB = 48;
  static final String RAM_BUFFER_PROPERTY = "wegwijs.index.ramBufferMb";
  /**
   * From this many entries a rebuild analyses on all cores: analysis (stemming, synonyms,
   * decompounding, n-grams) is most of the rebuild and IndexWriter is thread-safe. Smaller
   * rebuilds stay on one thread, so their document order, and with it the order of equally
   * scored hits, stays the order of the stream.
   */
  static final long PARALLEL_FROM = 5_000;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ScheduledExecutorService refresher;
  /** The refresher's schedule, kept so that a test can check the period it really runs at. */
  private final ScheduledFuture<?> refreshing;
  /**
   * Runs slices of a large view's searches besides the calling thread (CatalogueSearcher): one
   * daemon thread per core (or -Dwegwijs.index.searchThreads=N when the index opens). Its queue is
   * unbounded, but a search never waits on it: the calling thread runs any slice the pool has not
   * started, and a pool thread that comes to a finished search finds nothing left to run.
   */
  private final ExecutorService searchPool;
  private final Searching searching;
  private final Object rebuildLock = new Object();
  /** Swaps one at a time: the last call's groups are the ones in use. */
  private final Object synonymLock = new Object();
  /** The rebuild in flight, if any: refreshes pause while it runs, and it records the edits made meanwhile. */
  private volatile @Nullable Rebuild rebuilding;

  private CatalogueIndex(Directory directory, Analyzer analyzer) throws IOException {
    this.directory = directory;
    boolean otherLayout = IndexLayout.isOther(directory);
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
        .setOpenMode(otherLayout ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        // A rebuild flushes fewer, larger segments (default 16 MB; 100k entries made six). 16, 48 and 128 MB rebuilt 40k
        // entries equally fast under load (RebuildProbe); larger buffers only cost heap: fewer merges while it runs and
        // fewer segments for every search to visit afterwards. Held only while a rebuild writes.
        .setRAMBufferSizeMB(Double.parseDouble(System.getProperty(RAM_BUFFER_PROPERTY, String.valueOf(RAM_BUFFER_MB)))));
    if (otherLayout) {
      // Committed at once, so the old index's stamp is gone too and its files are freed.
      writer.setLiveCommitData(IndexLayout.with(Map.of()));
      writer.commit();
    } else {
      // So that a commit on close also records the layout (no new commit when nothing changed).
      writer.setLiveCommitData(IndexLayout.with(IndexLayout.without(writer.getLiveCommitData())), false);
    }
    int threads = CatalogueSearcher.THREADS.get();
    this.searchPool = searchPool(threads);
    this.searchers = new SearcherManager(writer,
        new CatalogueSearcher.Factory(Integer.getInteger(QUERY_CACHE_PROPERTY, 256), searchPool, threads));
    this.searching = new Searching(analyzer, DutchPlaces.load());
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "catalogue-index-refresh");
      t.setDaemon(true);
      return t;
    });
    this.refreshing = refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Milliseconds until the refresher's next tick (a test seam: the schedule behind "within a second"). */
  long nextRefreshInMillis() {
    return refreshing.getDelay(TimeUnit.MILLISECONDS);
  }

  private static ExecutorService searchPool(int threads) {
    java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "wegwijs-search-" + made.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** How many slices a search of the current view runs (tests). */
  int sliceCount() throws IOException {
    CatalogueSearcher s = (CatalogueSearcher) searchers.acquire();
    try {
      return s.sliceCount();
    } finally {
      searchers.release(s);
    }
  }

  /** Opens (or creates) the index in {@code directory}, creating the directory when missing. */
  public static CatalogueIndex open(Path directory) throws IOException {
    Files.createDirectories(directory);
    return new CatalogueIndex(FSDirectory.open(directory), IndexAnalyzers.forWriting());
  }

  /** Adds or replaces the entry with this id. */
  public void upsert(IndexedEntry entry) throws IOException {
    Rebuild run = rebuilding;
    if (run != null) {
      run.recordUpsert(entry);
    }
    writer.updateDocument(new Term(Fields.ID, entry.id()), DocumentMapper.toDocument(entry));
  }

  public void delete(String id) throws IOException {
    Rebuild run = rebuilding;
    if (run != null) {
      run.recordDelete(id);
    }
    writer.deleteDocuments(new Term(Fields.ID, id));
  }

  /**
   * Replaces the whole index online. Refreshes pause while the writer is emptied and refilled, so
   * searches keep seeing the previous complete view; the new view appears after the commit. If
   * the stream fails half-way, the exception propagates and the index is put back to the previous
   * view plus the edits made meanwhile (uncommitted, like any upsert), and refreshes resume. The ids in {@code entries} must be distinct (they are the
   * catalogue's keys); a stream of known size from {@value #PARALLEL_FROM} entries is indexed on all cores.
   */
  public void replaceAll(Stream<IndexedEntry> entries, Map<String, String> commitData) throws IOException {
    synchronized (rebuildLock) {
      Rebuild run = new Rebuild(writer);
      // From here on edits are recorded, and the view taken below holds every edit made before.
      rebuilding = run;
      try {
        searchers.maybeRefreshBlocking();
        IndexSearcher before = searchers.acquire();
        try {
          run.fill(entries, before.getIndexReader(), PARALLEL_FROM);
        } finally {
          searchers.release(before);
        }
        writer.setLiveCommitData(IndexLayout.with(commitData));
        writer.commit();
        searchers.maybeRefreshBlocking();
      } finally {
        // Also after a failure (the writer then holds the old view again): refreshes resume, so
        // later edits are searchable within a second instead of after the next good rebuild.
        rebuilding = null;
      }
    }
  }

  /** A durable commit that stores {@code commitData} (e.g. the catalogue stamp) with it. */
  public void commit(Map<String, String> commitData) throws IOException {
    synchronized (rebuildLock) {
      writer.setLiveCommitData(IndexLayout.with(commitData));
      writer.commit();
    }
  }

  /** The user data of the last commit (as given to {@link #commit} or {@link #replaceAll}); empty for a new index. */
  public Map<String, String> commitData() {
    try {
      List<IndexCommit> commits = DirectoryReader.listCommits(directory);
      return IndexLayout.without(commits.getLast().getUserData().entrySet());
    } catch (IndexNotFoundException e) {
      return Map.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Documents in the current searchable view. */
  public long documentCount() throws IOException {
    CatalogueSearcher s = (CatalogueSearcher) searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** Makes every change so far searchable now (tests, and after a rebuild). */
  public void refreshNow() throws IOException {
    if (rebuilding == null) {
      searchers.maybeRefreshBlocking();
    }
  }

  /** Searches; any text is safe, operators are never interpreted. */
  public SearchResult search(SearchRequest request) throws IOException {
    CatalogueSearcher s = (CatalogueSearcher) searchers.acquire();
    try {
      return searching.search(s, request);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Editor synonym groups on top of the reviewed synonyms.txt, for queries from now on (the index
   * itself is not touched: synonyms work at query time only). Replaces the previous editor groups
   * in one step; a search in flight finishes with the old ones. A refused group is left out and
   * returned with its reason; the others apply.
   */
  public Map<SynonymGroup, SynonymRefusal> useEditorSynonyms(List<SynonymGroup> groups) throws IOException {
    QuerySynonyms next;
    synchronized (synonymLock) {
      next = QuerySynonyms.withEditorGroups(groups);
      searching.useSynonyms(next);
      // Analyses made with the old synonyms would keep answering the same text until evicted.
      CatalogueSearcher s = (CatalogueSearcher) searchers.acquire();
      try {
        s.prepared.clear();
        s.results.clear();
      } finally {
        searchers.release(s);
      }
    }
    return next.refused();
  }

  /** The editor synonym groups in use. */
  public List<SynonymGroup> editorSynonyms() {
    return searching.synonyms().editorGroups();
  }

  /**
   * The place a text names after a locative word ("logeeropvang bij Tiel", "in de buurt van
   * Nijmegen"), resolved through the gazetteer; empty when there is none. The API turns it into a
   * radius filter; {@link #search} by itself only ranks entries of a named place higher.
   */
  public java.util.Optional<DutchPlaces.Place> placeNamedIn(String text) throws IOException {
    CatalogueSearcher s = (CatalogueSearcher) searchers.acquire();
    try {
      var mention = nl.wegwijs.index.query.PlaceMention.find(text == null ? "" : text, s.getIndexReader());
      return mention == null || !mention.locative() ? java.util.Optional.empty()
          : DutchPlaces.load().find(mention.name());
    } finally {
      searchers.release(s);
    }
  }

  /** Entry names and category terms starting with {@code prefix}, for autocomplete. */
  public List<Suggestion> suggest(String prefix, int max) throws IOException {
    CatalogueSearcher s = (CatalogueSearcher) searchers.acquire();
    try {
      return Suggester.suggest(s, s.categories, prefix == null ? "" : prefix, max);
    } finally {
      searchers.release(s);
    }
  }

  private void refreshQuietly() {
    if (rebuilding != null) {
      return;
    }
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // A failed refresh keeps the previous view; the next tick tries again.
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      refresher.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (directory; writer; searchers) {
      // closes searchers, then the writer (committing), then the directory
    } finally {
      // shutdown, not shutdownNow: interrupting a thread in a read can close an NIOFSDirectory's channel (LUCENE-2239).
      searchPool.shutdown();
    }
  }
}

package nl.wegwijs.index.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/** The baseline: bare Lucene StandardAnalyzer on the same fields with the same weights. */
public final class StandardAnalyzerRetriever implements RankedRetriever, AutoCloseable {
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final IndexSearcher searcher;
  private final QueryBuilder builder = new QueryBuilder(new StandardAnalyzer());

  public StandardAnalyzerRetriever(List<IndexedEntry> entries) {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (IndexedEntry e : entries) {
        w.addDocument(document(e));
      }
      w.commit();
      searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document document(IndexedEntry e) {
    Document d = new Document();
    d.add(new KeywordField(Fields.ID, e.id(), Store.YES));
    d.add(new TextField(Fields.NAME, e.name(), Store.NO));
    e.categories().forEach(c -> d.add(new TextField(Fields.CATEGORIES, c, Store.NO)));
    d.add(new TextField(Fields.SUMMARY, e.summary(), Store.NO));
    d.add(new TextField(Fields.BODY, e.body(), Store.NO));
    d.add(new TextField(Fields.AUDIENCE, e.audience(), Store.NO));
    d.add(new TextField(Fields.PLACE, e.region() + " " + String.join(" ", e.municipalities()), Store.NO));
    return d;
  }

  public Query query(String text) {
    return query(builder, text);
  }

  /** The same fields and weights as our engine, OR of the analysed words, nothing else. */
  public static Query query(QueryBuilder builder, String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> f : Fields.WEIGHTS.entrySet()) {
      Query q = builder.createBooleanQuery(f.getKey(), text);
      if (q != null) {
        b.add(new BoostQuery(q, f.getValue()), Occur.SHOULD);
      }
    }
    return b.build();
  }

  @Override
  public List<String> ids(String text, int k) {
    try {
      List<String> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query(text), k).scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    searcher.getIndexReader().close();
    dir.close();
  }
}

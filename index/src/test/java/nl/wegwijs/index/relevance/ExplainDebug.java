package nl.wegwijs.index.relevance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.indexing.Fields;
import nl.wegwijs.index.query.QueryFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Tuning aid: the query and the score explanation of chosen entries; -Dwegwijs.explain=query|id,id. */
class ExplainDebug {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.explain", matches = ".+")
  void explain() throws Exception {
    String[] arg = System.getProperty("wegwijs.explain").split("\\|");
    Path dir = Files.createTempDirectory("wegwijs-explain-");
    try (CatalogueIndex index = CatalogueIndex.open(dir)) {
      index.replaceAll(Catalogue.entries().stream(), Map.of());
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher s = new IndexSearcher(reader);
      Query q = new QueryFactory().understand(arg[0], false, reader).query();
      System.out.println("QUERY " + q);
      for (String id : arg.length > 1 ? arg[1].split(",") : new String[0]) {
        var top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (top.scoreDocs.length > 0) {
          System.out.println("EXPLAIN " + id + "\n" + s.explain(q, top.scoreDocs[0].doc));
        }
      }
    }
  }
}

package nl.wegwijs.index.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.wegwijs.index.Suggestion;
import nl.wegwijs.index.indexing.Fields;
import nl.wegwijs.index.place.Gazetteer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * As-you-type proposals: entry names whose words start with the typed words (edge n-grams, so
 * every keystroke is one term lookup per word) and category terms that start with the text.
 */
public final class Suggester {
  private static final int MAX_WORDS = 6;

  private Suggester() {}

  public static List<Suggestion> suggest(IndexSearcher searcher, List<String> categories, String prefix, int max)
      throws IOException {
    int limit = Math.max(0, Math.min(max, 50));
    String key = Gazetteer.key(prefix);
    if (key.isEmpty() || limit == 0) {
      return List.of();
    }
    List<Suggestion> cats = categories(categories, key, limit);
    List<Suggestion> entries = entries(searcher, key, limit);
    List<Suggestion> out = new ArrayList<>();
    int catSlots = Math.min(cats.size(), Math.max(1, limit / 3));
    out.addAll(cats.subList(0, catSlots));
    entries.stream().limit(limit - out.size()).forEach(out::add);
    cats.stream().skip(catSlots).limit(limit - out.size()).forEach(out::add);
    return List.copyOf(out);
  }

  private static List<Suggestion> categories(List<String> categories, String key, int limit) {
    return categories.stream()
        .filter(c -> {
          String k = Gazetteer.key(c);
          return k.startsWith(key) || k.contains(" " + key);
        })
        .sorted(Comparator.comparingInt(String::length))
        .limit(limit)
        .map(c -> new Suggestion(c, "category", null))
        .toList();
  }

  private static List<Suggestion> entries(IndexSearcher searcher, String key, int limit) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    String[] words = key.split(" ");
    for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
      String w = words[i].length() > 20 ? words[i].substring(0, 20) : words[i];
      all.add(new TermQuery(new Term(Fields.SUGGEST, w)), Occur.MUST);
    }
    TopDocs top = searcher.search(all.build(), limit);
    List<Suggestion> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      var doc = searcher.storedFields().document(sd.doc);
      out.add(new Suggestion(doc.get(Fields.NAME), "entry", doc.get(Fields.ID)));
    }
    return out;
  }
}

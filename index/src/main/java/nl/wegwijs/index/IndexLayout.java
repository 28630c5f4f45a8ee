package nl.wegwijs.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * The document layout this code writes, recorded in every commit. IndexWriter refuses a document
 * whose field has other index options than the same field already in the index (all_plain with
 * positions, as written before layout 2, against all_plain without), so {@link CatalogueIndex}
 * opens an index of another layout empty: the backend then finds no catalogue stamp and rebuilds
 * it, as it does for a missing index. Raise {@link #CURRENT} with any change of a field's type in
 * DocumentMapper.
 */
final class IndexLayout {
  static final String CURRENT = "2";
  static final String KEY = "wegwijs.index.layout";
  /** What an index from before layouts were recorded counts as. */
  private static final String UNRECORDED = "1";

  private IndexLayout() {}

  /** True when {@code directory} holds an index written with another layout. */
  static boolean isOther(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    List<IndexCommit> commits = DirectoryReader.listCommits(directory);
    return !CURRENT.equals(commits.getLast().getUserData().getOrDefault(KEY, UNRECORDED));
  }

  /** The caller's commit data plus the layout. */
  static Iterable<Map.Entry<String, String>> with(Map<String, String> commitData) {
    Map<String, String> all = new HashMap<>(commitData);
    all.put(KEY, CURRENT);
    return Map.copyOf(all).entrySet();
  }

  /** Commit data as the caller gave it: without the layout. */
  static Map<String, String> without(@Nullable Iterable<Map.Entry<String, String>> commitData) {
    Map<String, String> out = new HashMap<>();
    if (commitData != null) {
      commitData.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    out.remove(KEY);
    return Map.copyOf(out);
  }
}

package nl.wegwijs.index.relevance;

import java.util.List;

/** An engine under measurement: the ids of its top {@code k} entries for a query, best first. */
public interface RankedRetriever {
  List<String> ids(String query, int k);
}

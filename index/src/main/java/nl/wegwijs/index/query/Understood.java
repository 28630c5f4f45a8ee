package nl.wegwijs.index.query;

import java.util.List;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/** A user's text turned into a query, with how it was read and a possible did-you-mean. */
public record Understood(Query query, List<String> expansions, @Nullable String suggestion) {}

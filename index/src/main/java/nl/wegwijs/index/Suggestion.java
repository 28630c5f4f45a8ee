package nl.wegwijs.index;

import org.jspecify.annotations.Nullable;

/** An autocomplete proposal: an entry name (type "entry", with its id) or a category term. */
public record Suggestion(String text, String type, @Nullable String entryId) {}

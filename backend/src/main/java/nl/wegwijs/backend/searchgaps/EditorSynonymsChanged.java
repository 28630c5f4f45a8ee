package nl.wegwijs.backend.searchgaps;

/** An editor's decision changed which synonyms search should use (a synonym added, reopened or replaced). */
record EditorSynonymsChanged(String query) {}

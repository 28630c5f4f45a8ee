/** Builds safe Lucene queries from user text and filters, and renders snippets and spelling hints. */
@NullMarked
package nl.wegwijs.index.query;

import org.jspecify.annotations.NullMarked;

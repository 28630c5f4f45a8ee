/** Turns catalogue entries into Lucene documents: the field layout and each field's analyzer. */
@NullMarked
package nl.wegwijs.index.indexing;

import org.jspecify.annotations.NullMarked;

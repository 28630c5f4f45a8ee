/** The catalogue's Lucene search engine: the public contract the backend indexes and searches through. */
@NullMarked
package nl.wegwijs.index;

import org.jspecify.annotations.NullMarked;

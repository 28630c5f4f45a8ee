/** The Spring side of search: keeps the Lucene catalogue index in step with PostgreSQL and queries it. */
@NullMarked
package nl.wegwijs.backend.searching;

import org.jspecify.annotations.NullMarked;

/** The portal's read model for searching: search results joined with the facts a result card shows. */
@NullMarked
package nl.wegwijs.backend.finder;

import org.jspecify.annotations.NullMarked;

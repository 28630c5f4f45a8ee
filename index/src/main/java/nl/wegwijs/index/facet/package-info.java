/** Facet dimensions of the catalogue and their counts over a match set. */
@NullMarked
package nl.wegwijs.index.facet;

import org.jspecify.annotations.NullMarked;

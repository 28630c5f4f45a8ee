/** The catalogue: entries (HSDS services widened with our kinds), organisations and taxonomy terms. */
@NullMarked
package nl.wegwijs.backend.catalogue;

import org.jspecify.annotations.NullMarked;

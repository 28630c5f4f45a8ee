/** Autocomplete of entry names and category terms as the user types. */
@NullMarked
package nl.wegwijs.index.suggest;

import org.jspecify.annotations.NullMarked;

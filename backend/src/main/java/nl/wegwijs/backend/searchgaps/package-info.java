/** Searches that found nothing, turned into editors' tasks: add a synonym, find the missing provision, or ignore. */
@NullMarked
package nl.wegwijs.backend.searchgaps;

import org.jspecify.annotations.NullMarked;

/** Places: the gazetteer that turns Dutch place names into coordinates, without any network call. */
@NullMarked
package nl.wegwijs.backend.region;

import org.jspecify.annotations.NullMarked;

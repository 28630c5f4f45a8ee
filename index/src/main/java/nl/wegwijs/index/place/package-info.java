/** A gazetteer of Dutch places with coordinates, loaded from the GeoNames extract shipped as a resource. */
@NullMarked
package nl.wegwijs.index.place;

import org.jspecify.annotations.NullMarked;

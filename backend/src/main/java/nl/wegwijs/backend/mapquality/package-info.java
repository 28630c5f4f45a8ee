/** Keeping the map true: the editors' dashboards of stale, incomplete, duplicate and missing entries. */
@NullMarked
package nl.wegwijs.backend.mapquality;

import org.jspecify.annotations.NullMarked;

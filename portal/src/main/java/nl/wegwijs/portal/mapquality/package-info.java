/**
 * The editors' dashboards under /redactie/overzicht and /redactie/dekking: what keeps the published map from
 * being true (stale, incomplete, duplicate entries, broken links) and where the region has gaps.
 */
@NullMarked
package nl.wegwijs.portal.mapquality;

import org.jspecify.annotations.NullMarked;

/** The professionals' social map: a region's entries as sortable rows, a CSV export and a referral list. */
@NullMarked
package nl.wegwijs.backend.socialmap;

import org.jspecify.annotations.NullMarked;

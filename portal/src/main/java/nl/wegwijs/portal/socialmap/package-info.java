/** The professionals' social map: filter a region's entries, pick some, export CSV or print a referral list. */
@NullMarked
package nl.wegwijs.portal.socialmap;

import org.jspecify.annotations.NullMarked;

/** The editors' screen of searches that found nothing (/redactie/zoekvragen). */
@NullMarked
package nl.wegwijs.portal.searchgaps;

import org.jspecify.annotations.NullMarked;

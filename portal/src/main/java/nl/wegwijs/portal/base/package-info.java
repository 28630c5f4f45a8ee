/** What every portal page shares: the layout, the texts and the error pages. */
@NullMarked
package nl.wegwijs.portal.base;

import org.jspecify.annotations.NullMarked;

/** The public page of one entry. */
@NullMarked
package nl.wegwijs.portal.entry;

import org.jspecify.annotations.NullMarked;

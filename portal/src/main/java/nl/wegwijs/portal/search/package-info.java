/** The start page and the results page: search in plain Dutch, with the state in the URL. */
@NullMarked
package nl.wegwijs.portal.search;

import org.jspecify.annotations.NullMarked;

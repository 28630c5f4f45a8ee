/** "Mijn kaart": a family's own map of entries and contacts in rings around the child, kept only in the browser. */
@NullMarked
package nl.wegwijs.portal.mymap;

import org.jspecify.annotations.NullMarked;

/** "Waar vraag ik het aan?": a short guide from age, situation and municipality to the right door. */
@NullMarked
package nl.wegwijs.portal.guide;

import org.jspecify.annotations.NullMarked;

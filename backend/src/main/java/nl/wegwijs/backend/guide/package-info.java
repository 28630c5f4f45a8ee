/** "Waar vraag ik het aan?": from a child's age, the situation and the municipality to who decides and who pays. */
@NullMarked
package nl.wegwijs.backend.guide;

import org.jspecify.annotations.NullMarked;

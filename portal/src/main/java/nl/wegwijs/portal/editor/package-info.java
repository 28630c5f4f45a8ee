/** The editors' area under /redactie: login, entry list and form, conflicts, and the review queue. */
@NullMarked
package nl.wegwijs.portal.editor;

import org.jspecify.annotations.NullMarked;

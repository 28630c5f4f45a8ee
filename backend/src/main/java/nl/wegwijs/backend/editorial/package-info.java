/** Editorial work: the review queue of proposals, editing entries, revisions and the indexing outbox. */
@NullMarked
package nl.wegwijs.backend.editorial;

import org.jspecify.annotations.NullMarked;

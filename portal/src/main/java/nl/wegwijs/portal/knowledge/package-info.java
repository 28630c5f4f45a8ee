/** The knowledge base: practice examples, knowledge, approaches and tools, searched with the same engine. */
@NullMarked
package nl.wegwijs.portal.knowledge;

import org.jspecify.annotations.NullMarked;

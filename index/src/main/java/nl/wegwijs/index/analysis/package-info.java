/** Dutch text analysis for care language: folding, stop words, synonyms, decompounding and stemming. */
@NullMarked
package nl.wegwijs.index.analysis;

import org.jspecify.annotations.NullMarked;

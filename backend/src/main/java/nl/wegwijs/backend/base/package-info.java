/** What every feature stands on: settings, the clock and the embedded PostgreSQL default. */
@NullMarked
package nl.wegwijs.backend.base;

import org.jspecify.annotations.NullMarked;

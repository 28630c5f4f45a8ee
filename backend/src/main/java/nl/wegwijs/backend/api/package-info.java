/** The public JSON API (/api/v1): search, suggestions and entries, with problem+json errors. */
@NullMarked
package nl.wegwijs.backend.api;

import org.jspecify.annotations.NullMarked;

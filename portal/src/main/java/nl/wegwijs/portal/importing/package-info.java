/** The editors' import screen: a dry run with a per-record report, then the import with its progress. */
@NullMarked
package nl.wegwijs.portal.importing;

import org.jspecify.annotations.NullMarked;

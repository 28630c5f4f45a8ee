/**
 * Interop: the published catalogue as Open Referral HSDS 3.0 (export and import, validated against the
 * HSDS JSON schemas) and entries as CSV for editors' spreadsheets.
 */
@NullMarked
package nl.wegwijs.backend.interop;

import org.jspecify.annotations.NullMarked;

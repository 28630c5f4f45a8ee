/** Provider confirmation: signed, expiring "klopt dit nog?" links mailed to an entry's contact, no account needed. */
@NullMarked
package nl.wegwijs.backend.confirmation;

import org.jspecify.annotations.NullMarked;

/** Who may do what: editor and admin accounts, login throttling, the API's security chain and shared headers. */
@NullMarked
package nl.wegwijs.backend.security;

import org.jspecify.annotations.NullMarked;

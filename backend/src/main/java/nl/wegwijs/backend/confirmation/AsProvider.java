package nl.wegwijs.backend.confirmation;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs one editorial call as the entry's provider (role PROVIDER, author "aanbieder"), and only after the signed
 * link was checked: the link is the provider's credential. The caller's own security context is put back after.
 */
final class AsProvider {

    static final String AUTHOR = "aanbieder";

    private AsProvider() {}

    static <T> T run(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext provider = SecurityContextHolder.createEmptyContext();
        provider.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(AUTHOR, null,
                List.of(new SimpleGrantedAuthority("ROLE_PROVIDER"))));
        SecurityContextHolder.setContext(provider);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

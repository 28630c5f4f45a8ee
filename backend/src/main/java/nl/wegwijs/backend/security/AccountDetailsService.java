package nl.wegwijs.backend.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security. An account that must change its one-time password gets no role
 * at all, only {@link #PASSWORD_CHANGE_REQUIRED}: it can open the change-password page and nothing else.
 * A throttled account is reported locked, so even the right password fails until the pause is over.
 */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final EditorAccountRepository accounts;
    private final LoginThrottle throttle;

    AccountDetailsService(EditorAccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        EditorAccount account = accounts.findById(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(account.isMustChangePassword() ? PASSWORD_CHANGE_REQUIRED : account.getRole().authority())
                .disabled(!account.isEnabled())
                .accountLocked(throttle.isBlocked(username))
                .build();
    }
}

package nl.wegwijs.backend.security;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes passwords; passwords are hashed with BCrypt and checked for length. */
@Service
@Transactional
public class Accounts {

    /** NCSC and NIST SP 800-63B: length beats composition rules. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final EditorAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(EditorAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** @param mustChange true for a one-time password: the account can do nothing until it is changed */
    public void create(String username, String rawPassword, Role role, boolean mustChange) {
        checkStrength(rawPassword);
        if (accounts.existsById(username)) throw new IllegalArgumentException("This username is taken: " + username);
        accounts.save(new EditorAccount(username, encoder.encode(rawPassword), role, mustChange, clock.instant()));
    }

    /** @throws IllegalArgumentException when the current password is wrong or the new one too short or unchanged */
    public void changePassword(String username, String currentPassword, String newPassword) {
        EditorAccount account = accounts.findById(username)
                .orElseThrow(() -> new IllegalArgumentException("Unknown account"));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("The current password is wrong");
        }
        if (currentPassword.equals(newPassword)) throw new IllegalArgumentException("The new password must differ");
        checkStrength(newPassword);
        account.changePassword(encoder.encode(newPassword), clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return accounts.findById(username).map(EditorAccount::isMustChangePassword).orElse(false);
    }

    private static void checkStrength(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}

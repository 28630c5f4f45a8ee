package nl.wegwijs.backend.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A login for the editors' area. The password is only ever stored as a hash. */
@Entity
@Table(name = "editor_account")
class EditorAccount {

    @Id
    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean mustChangePassword;
    private boolean enabled = true;
    private Instant createdAt;
    private @Nullable Instant passwordChangedAt;

    @Version
    private @Nullable Long version;

    protected EditorAccount() {}

    EditorAccount(String username, String passwordHash, Role role, boolean mustChangePassword, Instant now) {
        if (!username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("A username has 2 to 100 letters, digits or . _ @ -");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    Role getRole() { return role; }
    boolean isMustChangePassword() { return mustChangePassword; }
    boolean isEnabled() { return enabled; }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditorAccount other && username != null && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return EditorAccount.class.hashCode();
    }
}

package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An organisation that offers entries (HSDS organization). */
@Entity
@Table(name = "organization")
public class Organisation {

    @Id
    private String id;

    private String name;
    private @Nullable String description;
    private @Nullable String website;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String affiliation;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected Organisation() {}

    public Organisation(String id, String name, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable String getWebsite() { return website; }
    public void setWebsite(@Nullable String website) { this.website = website; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public @Nullable String getAffiliation() { return affiliation; }
    public void setAffiliation(@Nullable String affiliation) { this.affiliation = affiliation; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version == null ? 0 : version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}

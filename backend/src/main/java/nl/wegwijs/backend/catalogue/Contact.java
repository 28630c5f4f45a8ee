package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A named person or desk to contact about an entry (HSDS contact with its phone and e-mail). */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    private UUID id;

    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String phone;
    private @Nullable String email;

    protected Contact() {}

    public Contact(@Nullable String name, @Nullable String title, @Nullable String phone, @Nullable String email) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.title = title;
        this.phone = phone;
        this.email = email;
    }

    public UUID getId() { return id; }
    public @Nullable String getName() { return name; }
    public @Nullable String getTitle() { return title; }
    public @Nullable String getPhone() { return phone; }
    public @Nullable String getEmail() { return email; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Contact.class.hashCode();
    }
}

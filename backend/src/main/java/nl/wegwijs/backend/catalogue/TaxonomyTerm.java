package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** A category (HSDS taxonomy_term). Its id is a stable slug of its name. */
@Entity
@Table(name = "taxonomy_term")
public class TaxonomyTerm {

    @Id
    private String id;

    private String name;

    private String vocabulary = "wegwijs";

    protected TaxonomyTerm() {}

    public TaxonomyTerm(String name) {
        this.name = Objects.requireNonNull(name).strip();
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("A category needs a name");
        }
        this.id = slug(this.name);
    }

    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 160 ? slug.substring(0, 160) : slug;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getVocabulary() {
        return vocabulary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxonomyTerm other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return TaxonomyTerm.class.hashCode();
    }
}

package nl.wegwijs.backend.editorial;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.wegwijs.backend.catalogue.Eligibility;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.ForWhom;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.catalogue.Location;
import nl.wegwijs.backend.catalogue.TargetConditions;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import nl.wegwijs.backend.region.Gazetteer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes flat field values onto an entry, after checking every one of them. Terms come from lists: an unknown
 * category, region, municipality, target group or target condition is refused, naming the field and the value
 * (from the editor's form, an accepted crawler proposal or a public correction alike).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EntryWriter {

    private final EntityManager em;
    private final Gazetteer gazetteer;

    EntryWriter(EntityManager em, Gazetteer gazetteer) {
        this.em = em;
        this.gazetteer = gazetteer;
    }

    /**
     * Validates every value that changes first, so a refused change leaves the entry as it was. Values
     * that stay as stored are not re-checked: older imported data must not block an unrelated edit.
     */
    void write(Entry entry, Map<String, @Nullable String> changes) {
        Map<String, @Nullable String> stored = EntryFields.read(entry);
        Map<String, @Nullable String> changed = new LinkedHashMap<>();
        changes.forEach((field, value) -> {
            if (!Objects.equals(stored.get(field), blankToNull(value))) changed.put(field, value);
        });
        Map<String, @Nullable String> merged = new LinkedHashMap<>(stored);
        merged.putAll(changed);
        validate(changed);
        checkTerms(changed);
        FieldRules.pairProblem(merged.get("ageMin"), merged.get("ageMax"), merged.get("latitude"), merged.get("longitude"))
                .ifPresent(key -> { throw new InvalidFieldException(key.contains("age") ? "ageMax" : "longitude", key); });
        for (var change : changes.entrySet()) {
            if (!Objects.equals(EntryFields.read(entry, change.getKey()), blankToNull(change.getValue()))) {
                set(entry, change.getKey(), blankToNull(change.getValue()), merged);
            }
        }
    }

    static void validate(Map<String, @Nullable String> values) {
        values.forEach((field, value) -> {
            if (!EntryFields.known(field)) throw new InvalidFieldException(field, "field.unknown");
            FieldRules.problem(field, value).ifPresent(key -> { throw new InvalidFieldException(field, key); });
        });
        FieldRules.pairProblem(values.get("ageMin"), values.get("ageMax"), values.get("latitude"), values.get("longitude"))
                .ifPresent(key -> { throw new InvalidFieldException(key.contains("age") ? "ageMax" : "longitude", key); });
        if (values.get("kind") != null) {
            try {
                Kind.fromCode(values.get("kind"));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("kind", "field.kind.unknown");
            }
        }
        EntryFields.categories(values.get("categories")).forEach(name -> {
            if (name.length() > 200) throw new InvalidFieldException("categories", "field.tooLong");
        });
        EntryFields.codes(values.get("forWhom")).forEach(code -> {
            if (forWhom(code) == null) throw new InvalidFieldException("forWhom", "field.forWhom.unknown", code);
        });
        EntryFields.codes(values.get("targetConditions")).forEach(code -> {
            if (!TargetConditions.known(code)) throw new InvalidFieldException("targetConditions", "field.targetCondition.unknown", code);
        });
    }

    /** Only changed values: a region typed before the lists existed must not block an unrelated edit. */
    private void checkTerms(Map<String, @Nullable String> changed) {
        EntryFields.categories(changed.get("categories")).forEach(name -> {
            if (em.find(TaxonomyTerm.class, TaxonomyTerm.slug(name)) == null) {
                throw new InvalidFieldException("categories", "field.category.unknown", name);
            }
        });
        String region = blankToNull(changed.get("region"));
        if (region != null && gazetteer.region(region).isEmpty()) {
            throw new InvalidFieldException("region", "field.region.unknown", region);
        }
        String municipality = blankToNull(changed.get("municipality"));
        if (municipality != null && gazetteer.municipality(municipality).isEmpty()) {
            throw new InvalidFieldException("municipality", "field.municipality.unknown", municipality);
        }
    }

    private void set(Entry e, String field, @Nullable String v, Map<String, @Nullable String> all) {
        switch (field) {
            case "name" -> e.setName(Objects.requireNonNull(v));
            case "kind" -> e.setKind(Kind.fromCode(Objects.requireNonNull(v)));
            case "summary" -> e.setSummary(v);
            case "description" -> e.setDescription(v);
            case "audience" -> e.setAudience(v);
            case "url" -> e.setUrl(v);
            case "email" -> e.setEmail(v);
            case "phone" -> e.setPhone(v);
            case "region" -> e.setRegion(v);
            case "categories" -> {
                e.getCategories().clear();
                EntryFields.categories(v).forEach(name -> e.getCategories().add(term(name)));
            }
            case "forWhom" -> {
                e.getForWhom().clear();
                EntryFields.codes(v).forEach(code -> e.getForWhom().add(Objects.requireNonNull(forWhom(code))));
            }
            case "targetConditions" -> {
                e.getTargetConditions().clear();
                e.getTargetConditions().addAll(EntryFields.codes(v));
            }
            case "funding" -> {
                e.getFunding().clear();
                e.getFunding().addAll(EntryFields.funding(v));
            }
            case "ageMin", "ageMax" -> e.setEligibility(new Eligibility(integer(all.get("ageMin")),
                    integer(all.get("ageMax")), e.getEligibility().referralNeeded()));
            case "address", "postcode", "city", "municipality", "latitude", "longitude" -> replacePlace(e, all);
            default -> throw new InvalidFieldException(field, "field.unknown");
        }
    }

    /** Location has no setters for city and municipality, so the first place is replaced as a whole. */
    private static void replacePlace(Entry e, Map<String, @Nullable String> all) {
        Location old = e.getLocations().isEmpty() ? null : e.getLocations().getFirst();
        Location place = new Location(blankToNull(all.get("city")), blankToNull(all.get("municipality")),
                decimal(all.get("latitude")), decimal(all.get("longitude")));
        place.setAddressLine(blankToNull(all.get("address")));
        place.setPostcode(normalisePostcode(all.get("postcode")));
        if (old != null) {
            place.setName(old.getName());
            e.getLocations().set(0, place);
        } else {
            e.getLocations().add(place);
        }
    }

    private static @Nullable ForWhom forWhom(String code) {
        return java.util.Arrays.stream(ForWhom.values()).filter(f -> EntryFields.code(f).equals(code)).findFirst().orElse(null);
    }

    private TaxonomyTerm term(String name) {
        TaxonomyTerm term = em.find(TaxonomyTerm.class, TaxonomyTerm.slug(name));
        if (term == null) throw new InvalidFieldException("categories", "field.category.unknown", name);
        return term;
    }

    private static @Nullable String normalisePostcode(@Nullable String v) {
        if (v == null || v.isBlank()) return null;
        String s = v.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return s.substring(0, 4) + " " + s.substring(4);
    }

    private static @Nullable Integer integer(@Nullable String v) {
        return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
    }

    private static @Nullable Double decimal(@Nullable String v) {
        return v == null || v.isBlank() ? null : Double.valueOf(v.strip());
    }

    static @Nullable String blankToNull(@Nullable String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}

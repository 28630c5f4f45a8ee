package nl.wegwijs.backend.catalogue;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One catalogue entry: a provision, organisation, parent association, practice example ... (an HSDS
 * service widened with our kinds). Only {@link EntryStatus#PUBLISHED} entries are public.
 */
@Entity
@Table(name = "entry")
public class Entry {

    @Id
    private String id;

    private String name;

    @Convert(converter = KindConverter.class)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private EntryStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private @Nullable Organisation organisation;

    private @Nullable String summary;
    private @Nullable String summaryEn;
    private @Nullable String description;
    private @Nullable String audience;
    private @Nullable String region;
    private @Nullable String url;
    private @Nullable String email;
    private @Nullable String phone;
    private String source;
    private @Nullable String sourceDetail;
    private @Nullable LocalDate lastVerifiedOn;

    @Embedded
    private @Nullable Eligibility eligibility;

    @Embedded
    private @Nullable Availability availability;

    @Embedded
    private @Nullable ProgrammeLifecycle lifecycle;

    private @Nullable String ownership;

    @ManyToMany
    @JoinTable(name = "entry_category", joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "term_id"))
    @BatchSize(size = 100)
    private Set<TaxonomyTerm> categories = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "entry_funding", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Funding> funding = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "entry_for_whom", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "for_whom")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<ForWhom> forWhom = EnumSet.noneOf(ForWhom.class);

    @ElementCollection
    @CollectionTable(name = "entry_access_route", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "access_route")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<AccessRoute> accessRoutes = EnumSet.noneOf(AccessRoute.class);

    @ElementCollection
    @CollectionTable(name = "entry_setting", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "setting")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<Setting> settings = EnumSet.noneOf(Setting.class);

    @ElementCollection
    @CollectionTable(name = "entry_contact_channel", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "channel")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<ContactChannel> contactChannels = EnumSet.noneOf(ContactChannel.class);

    @ElementCollection
    @CollectionTable(name = "entry_medical_capability", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "capability")
    @BatchSize(size = 100)
    private Set<String> medicalCapabilities = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "entry_target_condition", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "condition")
    @BatchSize(size = 100)
    private Set<String> targetConditions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "entry_contract", joinColumns = @JoinColumn(name = "entry_id"))
    @BatchSize(size = 100)
    private Set<MunicipalContract> contracts = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "entry_source_reference", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<SourceReference> sourceReferences = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "entry_id", nullable = false)
    @BatchSize(size = 100)
    private List<Location> locations = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "entry_id", nullable = false)
    @BatchSize(size = 100)
    private List<Contact> contacts = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected Entry() {}

    public Entry(String id, String name, Kind kind, String source, Instant now) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new IllegalArgumentException("An entry id is a lowercase slug: " + id);
        }
        this.id = id;
        setName(name);
        this.kind = Objects.requireNonNull(kind);
        this.source = Objects.requireNonNull(source);
        this.status = EntryStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setName(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("An entry needs a name");
        this.name = name;
    }

    public void touch(Instant now) { this.updatedAt = now; }
    public void publish() { this.status = EntryStatus.PUBLISHED; }
    public void archive() { this.status = EntryStatus.ARCHIVED; }
    /** Back to draft: an archived entry restored by an editor is checked before it is published again. */
    public void toDraft() { this.status = EntryStatus.DRAFT; }
    public boolean isPublished() { return status == EntryStatus.PUBLISHED; }

    public String getId() { return id; }
    public String getName() { return name; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = Objects.requireNonNull(kind); }
    public EntryStatus getStatus() { return status; }
    public @Nullable Organisation getOrganisation() { return organisation; }
    public void setOrganisation(@Nullable Organisation organisation) { this.organisation = organisation; }
    public @Nullable String getSummary() { return summary; }
    public void setSummary(@Nullable String summary) { this.summary = summary; }
    public @Nullable String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(@Nullable String summaryEn) { this.summaryEn = summaryEn; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable String getAudience() { return audience; }
    public void setAudience(@Nullable String audience) { this.audience = audience; }
    public @Nullable String getRegion() { return region; }
    public void setRegion(@Nullable String region) { this.region = region; }
    public @Nullable String getUrl() { return url; }
    public void setUrl(@Nullable String url) { this.url = url; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public String getSource() { return source; }
    public @Nullable String getSourceDetail() { return sourceDetail; }
    public void setSourceDetail(@Nullable String sourceDetail) { this.sourceDetail = sourceDetail; }
    public @Nullable LocalDate getLastVerifiedOn() { return lastVerifiedOn; }
    public void setLastVerifiedOn(@Nullable LocalDate lastVerifiedOn) { this.lastVerifiedOn = lastVerifiedOn; }
    public Eligibility getEligibility() { return eligibility == null ? Eligibility.UNKNOWN : eligibility; }
    public void setEligibility(Eligibility eligibility) { this.eligibility = eligibility; }
    public Availability getAvailability() { return availability == null ? Availability.UNKNOWN : availability; }
    public void setAvailability(Availability availability) { this.availability = availability; }
    public ProgrammeLifecycle getLifecycle() { return lifecycle == null ? ProgrammeLifecycle.UNKNOWN : lifecycle; }
    public void setLifecycle(ProgrammeLifecycle lifecycle) { this.lifecycle = lifecycle; }
    public @Nullable String getOwnership() { return ownership; }
    public void setOwnership(@Nullable String ownership) { this.ownership = ownership; }
    public Set<TaxonomyTerm> getCategories() { return categories; }
    public List<Funding> getFunding() { return funding; }
    public Set<ForWhom> getForWhom() { return forWhom; }
    public Set<AccessRoute> getAccessRoutes() { return accessRoutes; }
    public Set<Setting> getSettings() { return settings; }
    public Set<ContactChannel> getContactChannels() { return contactChannels; }
    public Set<String> getMedicalCapabilities() { return medicalCapabilities; }
    public Set<String> getTargetConditions() { return targetConditions; }
    public Set<MunicipalContract> getContracts() { return contracts; }
    public List<SourceReference> getSourceReferences() { return sourceReferences; }
    public List<Location> getLocations() { return locations; }
    public List<Contact> getContacts() { return contacts; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version == null ? 0 : version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entry other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Entry.class.hashCode();
    }
}

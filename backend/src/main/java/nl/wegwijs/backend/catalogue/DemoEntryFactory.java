package nl.wegwijs.backend.catalogue;

import java.time.Instant;
import nl.wegwijs.backend.region.Gazetteer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Turns a demo record into a published entry: categories as taxonomy terms, funding routes recognised, region geocoded. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DemoEntryFactory {

    private final TaxonomyTermRepository terms;
    private final OrganisationRepository organisations;
    private final Gazetteer gazetteer;

    DemoEntryFactory(TaxonomyTermRepository terms, OrganisationRepository organisations, Gazetteer gazetteer) {
        this.terms = terms;
        this.organisations = organisations;
        this.gazetteer = gazetteer;
    }

    Entry create(DemoRecord r, Instant now) {
        Entry entry = new Entry(r.id(), r.name(), Kind.fromCode(r.kind()), "demo", now);
        entry.setSummary(r.summary());
        entry.setSummaryEn(r.summaryEn());
        entry.setAudience(r.audience());
        entry.setRegion(r.region());
        entry.setUrl(r.url());
        entry.setEmail(r.email());
        entry.setPhone(r.phone());
        entry.setSourceDetail("Demo catalogue from the Wegwijs source documents");
        if (r.categories() != null) {
            r.categories().stream().filter(c -> !c.isBlank()).forEach(c -> entry.getCategories().add(term(c)));
        }
        if (r.funding() != null) {
            r.funding().stream().filter(f -> !f.isBlank()).forEach(f -> entry.getFunding().add(Funding.from(f)));
        }
        if (r.sources() != null) {
            r.sources().forEach(s -> entry.getSourceReferences().add(new SourceReference(s.document(), s.lines())));
        }
        entry.getForWhom().addAll(AudienceInference.forWhom(r.audience(), r.summary()));
        locate(entry, r.region());
        if (entry.getKind() == Kind.ORGANISATION) {
            entry.setOrganisation(organisation(r, now));
        }
        entry.publish();
        return entry;
    }

    private TaxonomyTerm term(String name) {
        TaxonomyTerm candidate = new TaxonomyTerm(name);
        return terms.findById(candidate.getId()).orElseGet(() -> terms.save(candidate));
    }

    private void locate(Entry entry, @Nullable String region) {
        if (region == null) {
            return;
        }
        gazetteer.find(region).ifPresent(place ->
                entry.getLocations().add(new Location(place.name(), place.name(), place.lat(), place.lon())));
    }

    private Organisation organisation(DemoRecord r, Instant now) {
        return organisations.findById(r.id()).orElseGet(() -> {
            Organisation org = new Organisation(r.id(), r.name(), now);
            org.setDescription(r.summary());
            org.setWebsite(r.url());
            org.setEmail(r.email());
            org.setPhone(r.phone());
            return organisations.save(org);
        });
    }
}

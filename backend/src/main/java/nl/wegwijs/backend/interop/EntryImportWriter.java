package nl.wegwijs.backend.interop;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import nl.wegwijs.backend.catalogue.Availability;
import nl.wegwijs.backend.catalogue.Contact;
import nl.wegwijs.backend.catalogue.Eligibility;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.Location;
import nl.wegwijs.backend.catalogue.Organisation;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns checked import records into entries, inside the import's one transaction. Organisations and
 * categories are found by id or created; whether an unknown category may be created is the caller's
 * decision (an HSDS file defines its terms, a CSV file only names them).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EntryImportWriter {

    private final EntityManager em;

    EntryImportWriter(EntityManager em) {
        this.em = em;
    }

    boolean exists(String entryId) {
        return em.find(Entry.class, entryId) != null;
    }

    boolean categoryExists(String name) {
        return em.find(TaxonomyTerm.class, TaxonomyTerm.slug(name)) != null;
    }

    void write(ImportedEntry r, String source, Instant now) {
        Entry e = new Entry(r.id(), r.name(), r.kind(), source, now);
        e.setSummary(r.summary());
        e.setSummaryEn(r.summaryEn());
        e.setDescription(r.description());
        e.setAudience(r.audience());
        e.setRegion(r.region());
        e.setUrl(r.url());
        e.setEmail(r.email());
        e.setPhone(r.phone());
        e.setLastVerifiedOn(r.lastVerifiedOn());
        if (r.ageMin() != null || r.ageMax() != null) e.setEligibility(new Eligibility(r.ageMin(), r.ageMax(), null));
        if (r.waitingTime() != null) {
            e.setAvailability(new Availability(r.waitingTime(), null, null, null, null, null));
        }
        r.categories().forEach(name -> e.getCategories().add(term(name)));
        e.getFunding().addAll(r.funding());
        e.getForWhom().addAll(r.forWhom());
        e.getAccessRoutes().addAll(r.access());
        e.getSettings().addAll(r.settings());
        e.getTargetConditions().addAll(r.targetConditions());
        e.getSourceReferences().addAll(r.sources());
        for (ImportedEntry.Place p : r.places()) {
            Location l = new Location(p.city(), p.municipality(), p.latitude(), p.longitude());
            l.setName(p.name());
            l.setAddressLine(p.address());
            l.setPostcode(p.postcode());
            e.getLocations().add(l);
        }
        r.contacts().forEach(c -> e.getContacts().add(new Contact(c.name(), c.title(), c.phone(), c.email())));
        if (r.organisation() != null) e.setOrganisation(organisation(r.organisation(), now));
        if (r.published()) e.publish();
        em.persist(e);
    }

    private TaxonomyTerm term(String name) {
        TaxonomyTerm term = em.find(TaxonomyTerm.class, TaxonomyTerm.slug(name));
        if (term != null) return term;
        TaxonomyTerm created = new TaxonomyTerm(name);
        em.persist(created);
        return created;
    }

    private Organisation organisation(ImportedEntry.Org o, Instant now) {
        Organisation stored = em.find(Organisation.class, o.id());
        if (stored != null) return stored;
        Organisation org = new Organisation(o.id(), o.name(), now);
        org.setDescription(o.description());
        org.setWebsite(o.website());
        org.setEmail(o.email());
        org.setPhone(o.phone());
        em.persist(org);
        return org;
    }
}

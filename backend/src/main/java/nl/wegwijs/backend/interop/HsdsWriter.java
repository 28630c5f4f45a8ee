package nl.wegwijs.backend.interop;

import java.util.Locale;
import java.util.Objects;
import nl.wegwijs.backend.catalogue.Contact;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.Funding;
import nl.wegwijs.backend.catalogue.Location;
import nl.wegwijs.backend.catalogue.Organisation;
import nl.wegwijs.backend.catalogue.SourceReference;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an entry as an HSDS 3.0 service and an organisation as an HSDS organization. Our extra
 * fields become attributes of the Wegwijs taxonomies ({@link WegwijsTaxonomy}). Call inside a
 * transaction: the entry's collections load lazily.
 */
final class HsdsWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HsdsWriter() {}

    static ObjectNode service(Entry e) {
        String id = HsdsIds.service(e.getId());
        ObjectNode s = NODES.objectNode();
        s.put("id", id);
        s.put("name", e.getName());
        putIfSet(s, "description", e.getDescription() != null ? e.getDescription() : e.getSummary());
        putIfSet(s, "url", HsdsValues.url(e.getUrl()));
        putIfSet(s, "email", HsdsValues.email(e.getEmail()));
        s.put("status", "active");
        putIfSet(s, "eligibility_description", e.getAudience());
        if (e.getEligibility().ageMin() != null) s.put("minimum_age", e.getEligibility().ageMin());
        if (e.getEligibility().ageMax() != null) s.put("maximum_age", e.getEligibility().ageMax());
        putIfSet(s, "wait_time", e.getAvailability().waitingTime());
        if (e.getLastVerifiedOn() != null) s.put("assured_date", e.getLastVerifiedOn().toString());
        s.put("last_modified", e.getUpdatedAt().toString());
        Organisation org = e.getOrganisation();
        if (org != null) {
            s.put("organization_id", HsdsIds.organization(org.getId()));
            s.set("organization", organization(org));
        }
        phones(s, id, "service", e.getPhone());
        contacts(s, id, e);
        funding(s, id, e);
        locations(s, id, e);
        serviceAttributes(s.putArray("attributes"), id, e);
        return s;
    }

    static ObjectNode organization(Organisation o) {
        String id = HsdsIds.organization(o.getId());
        ObjectNode n = NODES.objectNode();
        n.put("id", id);
        n.put("name", o.getName());
        // HSDS requires a description; the name is the honest fallback when we have none.
        n.put("description", o.getDescription() != null ? o.getDescription() : o.getName());
        putIfSet(n, "email", HsdsValues.email(o.getEmail()));
        putIfSet(n, "website", HsdsValues.url(o.getWebsite()));
        phones(n, id, "organization", o.getPhone());
        ArrayNode attributes = n.putArray("attributes");
        attribute(attributes, id, "organization", WegwijsTaxonomy.ID, o.getId());
        originals(attributes, id, "organization", o.getWebsite(), o.getEmail());
        return n;
    }

    private static void serviceAttributes(ArrayNode a, String id, Entry e) {
        attribute(a, id, "service", WegwijsTaxonomy.ID, e.getId());
        attribute(a, id, "service", WegwijsTaxonomy.KIND, e.getKind().code());
        attribute(a, id, "service", WegwijsTaxonomy.SUMMARY, e.getSummary());
        attribute(a, id, "service", WegwijsTaxonomy.SUMMARY_EN, e.getSummaryEn());
        attribute(a, id, "service", WegwijsTaxonomy.REGION, e.getRegion());
        e.getForWhom().forEach(f -> attribute(a, id, "service", WegwijsTaxonomy.FOR_WHOM, code(f)));
        e.getAccessRoutes().forEach(r -> attribute(a, id, "service", WegwijsTaxonomy.ACCESS, code(r)));
        e.getSettings().forEach(st -> attribute(a, id, "service", WegwijsTaxonomy.SETTING, code(st)));
        e.getTargetConditions().forEach(c -> attribute(a, id, "service", WegwijsTaxonomy.TARGET_CONDITION, c));
        e.getSourceReferences().forEach(r -> attribute(a, id, "service", WegwijsTaxonomy.SOURCE, source(r)));
        originals(a, id, "service", e.getUrl(), e.getEmail());
        e.getCategories().stream().sorted(java.util.Comparator.comparing(TaxonomyTerm::getId))
                .forEach(t -> category(a, id, t));
    }

    private static void originals(ArrayNode a, String id, String linkType, @Nullable String url, @Nullable String email) {
        if (url != null && !url.equals(HsdsValues.url(url))) attribute(a, id, linkType, WegwijsTaxonomy.ORIGINAL_URL, url);
        if (email != null && !email.equals(HsdsValues.email(email))) {
            attribute(a, id, linkType, WegwijsTaxonomy.ORIGINAL_EMAIL, email);
        }
    }

    static String source(SourceReference r) {
        return r.lines() == null ? r.document() : r.document() + "#" + r.lines();
    }

    private static void attribute(ArrayNode a, String linkId, String linkType, WegwijsTaxonomy field, @Nullable String value) {
        if (value == null || value.isBlank()) return;
        ObjectNode n = a.addObject();
        n.put("id", HsdsIds.part(linkId, "attribute:" + field.code, a.size() + ":" + value));
        n.put("link_id", linkId);
        n.put("link_type", linkType);
        n.put("link_entity", linkType);
        n.put("taxonomy_term_id", field.termId());
        n.put("value", value);
        ObjectNode term = n.putObject("taxonomy_term");
        term.put("id", field.termId());
        term.put("code", field.code);
        term.put("name", field.code);
        term.put("description", field.description);
        term.put("taxonomy", WegwijsTaxonomy.TAXONOMY);
        term.put("taxonomy_id", WegwijsTaxonomy.TAXONOMY_ID);
    }

    private static void category(ArrayNode a, String linkId, TaxonomyTerm t) {
        String termId = WegwijsTaxonomy.categoryTermId(t.getId());
        ObjectNode n = a.addObject();
        n.put("id", HsdsIds.part(linkId, "category", t.getId()));
        n.put("link_id", linkId);
        n.put("link_type", "service");
        n.put("link_entity", "service");
        n.put("taxonomy_term_id", termId);
        ObjectNode term = n.putObject("taxonomy_term");
        term.put("id", termId);
        term.put("code", t.getId());
        term.put("name", t.getName());
        term.put("description", t.getName());
        term.put("taxonomy", WegwijsTaxonomy.CATEGORY_TAXONOMY);
        term.put("taxonomy_id", WegwijsTaxonomy.CATEGORY_TAXONOMY_ID);
    }

    private static void phones(ObjectNode owner, String ownerId, String ownerType, @Nullable String phone) {
        ArrayNode phones = owner.putArray("phones");
        if (phone == null || phone.isBlank()) return;
        ObjectNode p = phones.addObject();
        p.put("id", HsdsIds.part(ownerId, "phone", 0));
        p.put(ownerType + "_id", ownerId);
        p.put("number", phone);
    }

    private static void contacts(ObjectNode s, String id, Entry e) {
        ArrayNode contacts = s.putArray("contacts");
        for (Contact c : e.getContacts()) {
            ObjectNode n = contacts.addObject();
            n.put("id", c.getId().toString());
            n.put("service_id", id);
            putIfSet(n, "name", c.getName());
            putIfSet(n, "title", c.getTitle());
            putIfSet(n, "email", HsdsValues.email(c.getEmail()));
            phones(n, c.getId().toString(), "contact", c.getPhone());
        }
    }

    private static void funding(ObjectNode s, String id, Entry e) {
        ArrayNode funding = s.putArray("funding");
        int i = 0;
        for (Funding f : e.getFunding()) {
            ObjectNode n = funding.addObject();
            String fundingId = HsdsIds.part(id, "funding", i++);
            n.put("id", fundingId);
            n.put("service_id", id);
            n.put("source", f.detail() != null ? f.detail() : f.route().code());
            attribute(n.putArray("attributes"), fundingId, "funding", WegwijsTaxonomy.FUNDING_ROUTE, f.route().code());
        }
    }

    private static void locations(ObjectNode s, String id, Entry e) {
        ArrayNode sals = s.putArray("service_at_locations");
        for (Location l : e.getLocations()) {
            String locationId = l.getId().toString();
            ObjectNode sal = sals.addObject();
            sal.put("id", HsdsIds.part(id, "service_at_location", locationId));
            sal.put("service_id", id);
            sal.put("location_id", locationId);
            ObjectNode loc = sal.putObject("location");
            loc.put("id", locationId);
            loc.put("location_type", "physical");
            putIfSet(loc, "name", l.getName());
            if (l.getLatitude() != null) {
                loc.put("latitude", l.getLatitude());
                loc.put("longitude", Objects.requireNonNull(l.getLongitude()));
            }
            ObjectNode address = loc.putArray("addresses").addObject();
            address.put("id", HsdsIds.part(locationId, "address", 0));
            address.put("location_id", locationId);
            address.put("address_1", Objects.requireNonNullElse(l.getAddressLine(), ""));
            address.put("city", Objects.requireNonNullElse(l.getCity(), ""));
            putIfSet(address, "region", l.getMunicipality());
            // HSDS requires a province; we do not store one, and an empty string says "unknown" honestly.
            address.put("state_province", "");
            address.put("postal_code", Objects.requireNonNullElse(l.getPostcode(), ""));
            address.put("country", "NL");
            address.put("address_type", "physical");
        }
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static void putIfSet(ObjectNode n, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) n.put(field, value);
    }
}

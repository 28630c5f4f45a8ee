package nl.wegwijs.backend.interop;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The Open Referral HSDS 3.0 schemas (resources/hsds, CC BY-SA 4.0), compiled once. Formats (uuid,
 * email, uri) are asserted, not merely annotated: a service whose id is no UUID is not HSDS.
 */
@Component
public class HsdsSchemas {

    /** One schema violation: where in the record (JSON pointer-like path) and what is wrong. */
    public record Violation(String path, String message) {}

    private final Schema service;
    private final Schema organization;

    HsdsSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build()));
        this.service = load(registry, "/hsds/service.json");
        this.organization = load(registry, "/hsds/organization.json");
    }

    public List<Violation> validateService(JsonNode service) {
        return violations(this.service.validate(service));
    }

    public List<Violation> validateOrganization(JsonNode organization) {
        return violations(this.organization.validate(organization));
    }

    private static List<Violation> violations(List<Error> errors) {
        return errors.stream().map(e -> new Violation(e.getInstanceLocation().toString(), e.getMessage())).toList();
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = HsdsSchemas.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing HSDS schema " + resource);
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

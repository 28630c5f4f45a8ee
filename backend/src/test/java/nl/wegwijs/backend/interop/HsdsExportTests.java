package nl.wegwijs.backend.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.backend.catalogue.CatalogueService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The published demo catalogue as HSDS 3.0: valid against the Open Referral schemas, paginated, with stable UUIDs. */
class HsdsExportTests {

    private static final Path DATA_DIR = TestDataDir.create();
    private static InteropApp app;

    @BeforeAll
    static void start() {
        app = InteropApp.start(DATA_DIR);
    }

    @AfterAll
    static void stop() {
        app.close();
        TestDataDir.delete(DATA_DIR);
    }

    @Test
    void every_exported_service_and_organization_is_valid_against_the_hsds_schema() throws Exception {
        HsdsSchemas schemas = app.context.getBean(HsdsSchemas.class);
        List<JsonNode> services = app.allServices();
        assertThat(services).hasSize((int) app.context.getBean(CatalogueService.class).publishedCount());
        for (JsonNode service : services) {
            assertThat(schemas.validateService(service)).as(service.get("name").asString()).isEmpty();
        }
        JsonNode orgs = app.json(app.get("/api/hsds/organizations?per_page=500", null));
        assertThat(orgs.get("total_items").asInt()).isPositive();
        for (JsonNode org : orgs.get("contents")) {
            assertThat(schemas.validateOrganization(org)).as(org.get("name").asString()).isEmpty();
        }
    }

    @Test
    void pages_have_the_hsds_api_shape() throws Exception {
        JsonNode page = app.json(app.get("/api/hsds/services?page=2&per_page=10", null));
        assertThat(page.get("total_items").asInt()).isGreaterThan(20);
        assertThat(page.get("total_pages").asInt()).isEqualTo((page.get("total_items").asInt() + 9) / 10);
        assertThat(page.get("page_number").asInt()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(10);
        assertThat(page.get("first_page").asBoolean()).isFalse();
        assertThat(page.get("last_page").asBoolean()).isFalse();
        assertThat(page.get("empty").asBoolean()).isFalse();
        assertThat(page.get("contents")).hasSize(10);
    }

    @Test
    void ids_are_stable_uuids_derived_from_our_ids_and_both_find_the_service() throws Exception {
        String uuid = UUID.nameUUIDFromBytes("wegwijs:service:linawijs".getBytes(StandardCharsets.UTF_8)).toString();
        JsonNode byUuid = app.json(app.get("/api/hsds/services/" + uuid, null));
        assertThat(byUuid.get("id").asString()).isEqualTo(uuid);
        assertThat(app.json(app.get("/api/hsds/services/linawijs", null))).isEqualTo(byUuid);
        assertThat(byUuid.get("attributes").valueStream()
                .filter(a -> a.get("taxonomy_term").get("code").asString().equals("wegwijs-id"))
                .map(a -> a.get("value").asString())).containsExactly("linawijs");
    }

    @Test
    void an_organization_is_found_by_its_uuid() throws Exception {
        JsonNode first = app.json(app.get("/api/hsds/organizations?per_page=1", null)).get("contents").get(0);
        JsonNode one = app.json(app.get("/api/hsds/organizations/" + first.get("id").asString(), null));
        assertThat(one).isEqualTo(first);
    }

    @Test
    void an_unknown_service_is_a_404_problem() throws Exception {
        HttpResponse<String> response = app.get("/api/hsds/services/" + UUID.randomUUID(), null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void the_openapi_description_is_served_at_api_docs() throws Exception {
        HttpResponse<String> response = app.get("/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = app.json(response).get("paths");
        assertThat(paths.has("/api/hsds/services")).isTrue();
        assertThat(paths.has("/api/v1/editor/import/hsds")).isTrue();
    }
}

package nl.wegwijs.backend.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.backend.searching.IndexRebuilds;
import nl.wegwijs.backend.security.Role;
import nl.wegwijs.backend.tasks.BackgroundTask;
import nl.wegwijs.backend.tasks.BackgroundTasks;
import nl.wegwijs.backend.tasks.RunningTask;
import nl.wegwijs.backend.tasks.TaskEvents;
import nl.wegwijs.backend.tasks.TaskKind;
import nl.wegwijs.backend.tasks.TaskState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS and CSV in: the demo catalogue exported and imported into an EMPTY database comes back equal;
 * bad records are reported by index, id and field, and a failing import changes nothing. Imports and
 * index rebuilds report their progress (the editor area shows it) and never run twice at once.
 */
class HsdsImportTests {

    private static final Path SOURCE_DIR = TestDataDir.create();
    private static final Path TARGET_DIR = TestDataDir.create();
    private static InteropApp source;
    private static InteropApp target;
    private static List<JsonNode> exported;

    @BeforeAll
    static void start() throws Exception {
        source = InteropApp.start(SOURCE_DIR);
        target = InteropApp.start(TARGET_DIR, "--wegwijs.demo.enabled=false");
        exported = source.allServices();
    }

    @AfterAll
    static void stop() {
        source.close();
        target.close();
        TestDataDir.delete(SOURCE_DIR);
        TestDataDir.delete(TARGET_DIR);
    }

    @Test
    void the_demo_catalogue_survives_export_import_into_an_empty_database_and_export_again() throws Exception {
        byte[] file = InteropApp.JSON.writeValueAsBytes(exported);
        JsonNode dry = target.json(target.post("/api/v1/editor/import/hsds?dryRun=true", file, "application/json", InteropApp.EDITOR));
        assertThat(dry.get("problems")).isEmpty();
        assertThat(dry.get("valid").asInt()).isEqualTo(exported.size());
        assertThat(dry.get("committed").asBoolean()).isFalse();
        assertThat(count(target, "select count(*) from entry where id = 'linawijs'")).isZero();

        HttpResponse<String> real = target.post("/api/v1/editor/import/hsds?dryRun=false", file, "application/json", InteropApp.EDITOR);
        assertThat(real.statusCode()).isEqualTo(200);
        assertThat(target.json(real).get("imported").asInt()).isEqualTo(exported.size());

        Map<String, JsonNode> before = byId(exported);
        Map<String, JsonNode> after = byId(target.allServices());
        assertThat(after.keySet()).containsAll(before.keySet());
        before.forEach((id, service) -> assertThat(comparable(after.get(id))).as(id).isEqualTo(comparable(service)));
        assertThat(count(target, "select count(*) from entry_category"))
                .isEqualTo(count(source, "select count(*) from entry_category"));
        assertThat(count(target, "select count(*) from entry_funding where route = 'WLZ'"))
                .isEqualTo(count(source, "select count(*) from entry_funding where route = 'WLZ'"));
    }

    @Test
    void invalid_records_are_reported_by_index_id_and_field_and_nothing_is_stored() throws Exception {
        ObjectNode good = service("goed-record", "Goed record");
        ObjectNode noUuid = service("geen-uuid", "Geen uuid");
        noUuid.put("id", "not-a-uuid");
        ObjectNode badUrl = service("slechte-url", "Slechte url");
        badUrl.put("url", "javascript:alert(1)");
        ObjectNode badAge = service("slechte-leeftijd", "Slechte leeftijd");
        badAge.put("minimum_age", 200);
        byte[] file = InteropApp.JSON.writeValueAsBytes(List.of(good, noUuid, badUrl, badAge));
        long stored = count(target, "select count(*) from entry");

        JsonNode report = target.json(target.post("/api/v1/editor/import/hsds?dryRun=false", file, "application/json", InteropApp.EDITOR));

        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(report.get("imported").asInt()).isZero();
        Map<Integer, String> fieldByIndex = report.get("problems").valueStream()
                .collect(Collectors.toMap(p -> p.get("index").asInt(), p -> p.get("field").asString(), (a, b) -> a + "," + b));
        assertThat(fieldByIndex).containsOnlyKeys(1, 2, 3);
        assertThat(fieldByIndex.get(1)).contains("id");
        assertThat(fieldByIndex.get(2)).contains("url");
        assertThat(fieldByIndex.get(3)).contains("minimum_age");
        assertThat(report.get("problems").valueStream().filter(p -> p.get("index").asInt() == 3)
                .map(p -> p.get("recordId").asString())).contains("slechte-leeftijd");
        assertThat(count(target, "select count(*) from entry")).isEqualTo(stored);
    }

    @Test
    void unknown_taxonomy_terms_are_refused_in_dutch_naming_record_and_field_and_nothing_is_stored() throws Exception {
        ObjectNode good = service("goede-termen", "Goede termen");
        ObjectNode unknownTerm = service("verzonnen-term", "Verzonnen term");
        ObjectNode a = unknownTerm.withArray("attributes").addObject();
        a.put("id", HsdsIds.of("verzonnen-term:b"));
        a.put("value", "ja");
        ObjectNode term = a.putObject("taxonomy_term");
        term.put("id", HsdsIds.of("wegwijs:term:bestaat-niet"));
        term.put("code", "bestaat-niet");
        term.put("name", "bestaat-niet");
        term.put("description", "geen term van ons");
        term.put("taxonomy", "wegwijs");
        byte[] file = InteropApp.JSON.writeValueAsBytes(List.of(good, unknownTerm));
        long stored = count(target, "select count(*) from entry");

        HttpResponse<String> refused = target.post("/api/v1/editor/import/hsds?dryRun=false", file, "application/json",
                InteropApp.EDITOR, "nl");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode report = target.json(refused);
        assertThat(report.get("title").asString()).isEqualTo("Het bestand is niet ingelezen");
        assertThat(report.get("detail").asString()).contains("Er is niets opgeslagen");
        assertThat(report.get("committed").asBoolean()).isFalse();
        JsonNode problem = report.get("problems").get(0);
        assertThat(report.get("problems")).hasSize(1);
        assertThat(problem.get("index").asInt()).isEqualTo(1);
        assertThat(problem.get("recordId").asString()).isEqualTo("verzonnen-term");
        assertThat(problem.get("field").asString()).isEqualTo("attributes[1].taxonomy_term");
        assertThat(problem.get("code").asString()).isEqualTo("hsds.term.unknown");
        assertThat(problem.get("value").asString()).isEqualTo("bestaat-niet");
        assertThat(problem.get("message").asString()).isEqualTo("Record 1 (verzonnen-term), veld attributes[1].taxonomy_term: "
                + "De term \u2018bestaat-niet\u2019 bestaat niet in de taxonomie wegwijs.");
        assertThat(count(target, "select count(*) from entry")).isEqualTo(stored);
        assertThat(count(target, "select count(*) from entry where id = 'goede-termen'")).isZero();

        HttpResponse<String> dryRun = target.post("/api/v1/editor/import/hsds?dryRun=true", file, "application/json",
                InteropApp.EDITOR, "nl");
        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(target.json(dryRun).get("valid").asInt()).isEqualTo(1);
    }

    @Test
    void an_unknown_category_in_a_csv_file_is_named_in_dutch_by_line_and_column_and_nothing_is_stored() throws Exception {
        long stored = count(target, "select count(*) from entry");
        String csv = "id;name;categories\ncsv-goede-regel;Goede regel;\ncsv-verzonnen;Verzonnen;Bestaat niet | ook niet\n";
        HttpResponse<String> refused = target.post("/api/v1/editor/import/entries.csv?dryRun=false",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv", InteropApp.EDITOR, "nl");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode report = target.json(refused);
        assertThat(report.get("detail").asString()).startsWith("In 1 van de 2 records zit een fout.");
        assertThat(report.get("problems").valueStream().map(p -> p.get("message").asString())).containsExactlyInAnyOrder(
                "Regel 3, kolom categories: De categorie \u2018Bestaat niet\u2019 bestaat niet. Gebruik een categorie die al bestaat.",
                "Regel 3, kolom categories: De categorie \u2018ook niet\u2019 bestaat niet. Gebruik een categorie die al bestaat.");
        assertThat(report.get("problems").valueStream().map(p -> p.get("recordId").asString())).containsOnly("csv-verzonnen");
        assertThat(count(target, "select count(*) from entry")).isEqualTo(stored);
    }

    @Test
    void a_file_that_is_not_hsds_at_all_is_a_400_problem() throws Exception {
        HttpResponse<String> response = target.post("/api/v1/editor/import/hsds?dryRun=false",
                "{\"contents\": [ {\"id\": ".getBytes(StandardCharsets.UTF_8), "application/json", InteropApp.EDITOR);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(target.json(response).get("detail").asString()).contains("not JSON");
    }

    @Test
    void html_and_script_are_stored_as_text_and_exported_as_text() throws Exception {
        String payload = "<script>alert('x')</script><b>vet</b>";
        ObjectNode record = service("script-test", payload);
        record.put("description", payload);
        target.post("/api/v1/editor/import/hsds?dryRun=false", InteropApp.JSON.writeValueAsBytes(record), "application/json",
                InteropApp.EDITOR);
        assertThat(new JdbcTemplate(target.context.getBean(DataSource.class))
                .queryForObject("select name from entry where id = 'script-test'", String.class)).isEqualTo(payload);
        JsonNode back = target.json(target.get("/api/hsds/services/script-test", null));
        assertThat(back.get("name").asString()).isEqualTo(payload);
    }

    @Test
    void importing_needs_an_editor() throws Exception {
        byte[] file = "[]".getBytes(StandardCharsets.UTF_8);
        assertThat(target.post("/api/v1/editor/import/hsds?dryRun=false", file, "application/json", null).statusCode()).isEqualTo(401);
        assertThat(target.post("/api/v1/editor/import/entries.csv", file, "text/csv", null).statusCode()).isEqualTo(401);
        assertThat(target.get("/api/v1/editor/export/entries.csv", null).statusCode()).isEqualTo(401);
    }

    @Test
    void csv_export_lists_every_entry_and_an_unknown_category_is_named_by_line_and_column() throws Exception {
        HttpResponse<String> export = source.get("/api/v1/editor/export/entries.csv", InteropApp.EDITOR);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("\uFEFFid;status;name;kind").contains("linawijs;published;");
        long stored = count(target, "select count(*) from entry");
        String csv = "id;name;kind;categories;url\n"
                + "csv-een;Eerste;provision;;https://example.nl\n"
                + "csv-twee;Tweede;provision;bestaat-niet-categorie;https://example.nl\n"
                + "csv-drie;Derde;geen-soort;;niet een url\n";
        JsonNode report = target.json(target.post("/api/v1/editor/import/entries.csv?dryRun=false",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv", InteropApp.EDITOR));
        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(report.get("problems").valueStream().map(p -> p.get("line").asInt() + ":" + p.get("field").asString()))
                .containsExactlyInAnyOrder("3:categories", "4:kind", "4:url");
        assertThat(report.get("problems").valueStream().map(p -> p.get("message").asString()))
                .anyMatch(m -> m.contains("line 3") && m.contains("bestaat-niet-categorie") && m.contains("category"));
        assertThat(count(target, "select count(*) from entry")).isEqualTo(stored);
    }

    @Test
    void a_valid_csv_file_is_imported_and_a_broken_one_is_a_400_problem() throws Exception {
        String csv = "\uFEFFid;status;name;kind;url;postcode;city\ncsv-goed;published;Goed uit CSV;respite_care;https://goed.nl;1234ab;Utrecht\n";
        JsonNode report = target.json(target.post("/api/v1/editor/import/entries.csv?dryRun=false",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv", InteropApp.EDITOR));
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(target.json(target.get("/api/hsds/services/csv-goed", null)).get("name").asString()).isEqualTo("Goed uit CSV");
        HttpResponse<String> broken = target.post("/api/v1/editor/import/entries.csv?dryRun=false",
                "id;name\nx;\"open quote\n".getBytes(StandardCharsets.UTF_8), "text/csv", InteropApp.EDITOR);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void an_oversized_upload_is_a_413_problem() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> response = target.post("/api/v1/editor/import/entries.csv?dryRun=true", big, "text/csv", InteropApp.EDITOR);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void a_real_import_reports_progress_from_zero_to_the_total_and_ends_done() throws Exception {
        // Without categories or funding: the round trip compares those counts between the two databases.
        List<ObjectNode> records = java.util.stream.IntStream.range(0, 250)
                .mapToObj(i -> service("voortgang-" + i, "Voortgang " + i)).toList();
        byte[] file = InteropApp.JSON.writeValueAsBytes(records);
        List<BackgroundTask> steps;
        try (TaskEvents events = TaskEvents.follow(target.context, TaskKind.IMPORT)) {
            ImportReport report = target.context.getBean(ImportRuns.class).importNow(ImportFormat.HSDS, "voortgang.json", file);
            assertThat(report.imported()).isEqualTo(250);
            steps = events.seen();
        }
        assertThat(steps.getFirst().done()).isZero();
        assertThat(steps.getFirst().state()).isEqualTo(TaskState.RUNNING);
        assertThat(steps).extracting(BackgroundTask::done).isSorted().contains(200L, 250L);
        assertThat(steps).filteredOn(t -> t.done() > 0).allMatch(t -> t.total() == 250);
        BackgroundTask last = target.context.getBean(BackgroundTasks.class).latest(TaskKind.IMPORT).orElseThrow();
        assertThat(last).isEqualTo(steps.getLast());
        assertThat(last.state()).isEqualTo(TaskState.DONE);
        assertThat(last.done()).isEqualTo(250);
        assertThat(last.message()).isEqualTo("imported");
        assertThat(last.details()).containsExactly("250", "0");
        assertThat(last.label()).isEqualTo("voortgang.json");
    }

    @Test
    void a_failed_import_ends_failed_with_its_reason_and_writes_nothing() throws Exception {
        ImportRuns imports = target.context.getBean(ImportRuns.class);
        BackgroundTasks tasks = target.context.getBean(BackgroundTasks.class);
        long stored = count(target, "select count(*) from entry");
        String csv = "id;name;kind\nmislukt-een;Een;provision\nmislukt-twee;Twee;geen-soort\n";

        imports.importInBackground(ImportFormat.CSV, "fout.csv", csv.getBytes(StandardCharsets.UTF_8));
        BackgroundTask failed = awaitEnd(tasks, TaskKind.IMPORT);
        assertThat(failed.state()).isEqualTo(TaskState.FAILED);
        assertThat(failed.label()).isEqualTo("fout.csv");
        assertThat(failed.message()).isEqualTo("problems");
        assertThat(failed.details()).containsExactly("1");
        assertThat(failed.finished()).isNotNull();

        imports.importInBackground(ImportFormat.HSDS, "kapot.json", "{\"contents\": [".getBytes(StandardCharsets.UTF_8));
        BackgroundTask unreadable = awaitEnd(tasks, TaskKind.IMPORT);
        assertThat(unreadable.state()).isEqualTo(TaskState.FAILED);
        assertThat(unreadable.message()).isEqualTo("unreadable");
        assertThat(unreadable.details().getFirst()).contains("not JSON");
        assertThat(count(target, "select count(*) from entry")).isEqualTo(stored);
    }

    @Test
    void a_second_import_while_one_runs_is_refused_with_a_409_problem() throws Exception {
        RunningTask running = target.context.getBean(BackgroundTasks.class).start(TaskKind.IMPORT, "groot.json");
        try {
            HttpResponse<String> response = target.post("/api/v1/editor/import/entries.csv?dryRun=false",
                    "id;name;kind\ndubbel;Dubbel;provision\n".getBytes(StandardCharsets.UTF_8), "text/csv", InteropApp.EDITOR);
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(target.json(response).get("detail").asString()).contains("groot.json");
            assertThat(count(target, "select count(*) from entry where id = 'dubbel'")).isZero();
        } finally {
            running.finish("imported", 0, 0);
        }
    }

    @Test
    void an_admin_rebuilds_the_index_in_the_background_from_zero_to_every_published_entry() throws Exception {
        BackgroundTasks tasks = source.context.getBean(BackgroundTasks.class);
        long published = count(source, "select count(*) from entry where status = 'PUBLISHED'");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "beheerder", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try (TaskEvents events = TaskEvents.follow(source.context, TaskKind.INDEX_REBUILD)) {
            source.context.getBean(IndexRebuilds.class).startInBackground("beheerder");
            BackgroundTask done = awaitEnd(tasks, TaskKind.INDEX_REBUILD);
            assertThat(done.state()).isEqualTo(TaskState.DONE);
            assertThat(done.label()).isEqualTo("beheerder");
            assertThat(done.done()).isEqualTo(published).isEqualTo(done.total());
            assertThat(done.details()).containsExactly(String.valueOf(published));
            assertThat(events.seen().getFirst().done()).isZero();
            assertThat(events.seen()).extracting(BackgroundTask::done).isSorted();
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(source.json(source.get("/api/v1/search?q=linawijs", null)).get("total").asInt()).isPositive();
    }

    @Test
    void an_editor_may_not_start_a_rebuild() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "redacteur", null, List.of(new SimpleGrantedAuthority(Role.EDITOR.authority()))));
        try {
            assertThatThrownBy(() -> source.context.getBean(IndexRebuilds.class).startInBackground("redacteur"))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static BackgroundTask awaitEnd(BackgroundTasks tasks, TaskKind kind) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            BackgroundTask task = tasks.latest(kind).orElseThrow();
            if (!task.running()) return task;
            Thread.sleep(20);
        }
        throw new AssertionError(kind + " did not end within a minute");
    }

    private static ObjectNode service(String ourId, String name) {
        ObjectNode s = InteropApp.JSON.createObjectNode();
        s.put("id", HsdsIds.service(ourId));
        s.put("name", name);
        s.put("status", "active");
        ArrayNode attributes = s.putArray("attributes");
        ObjectNode a = attributes.addObject();
        a.put("id", HsdsIds.of(ourId + ":a"));
        a.put("value", ourId);
        ObjectNode term = a.putObject("taxonomy_term");
        term.put("id", WegwijsTaxonomy.ID.termId());
        term.put("code", "wegwijs-id");
        term.put("name", "wegwijs-id");
        term.put("description", "id");
        term.put("taxonomy", "wegwijs");
        return s;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> services) {
        return services.stream().collect(Collectors.toMap(s -> s.get("id").asString(), Function.identity()));
    }

    /** Without what an import may rightly change: the modification time and the random ids of places. */
    private static JsonNode comparable(JsonNode service) {
        ObjectNode copy = (ObjectNode) service.deepCopy();
        copy.remove("last_modified");
        for (JsonNode sal : copy.withArray("service_at_locations")) {
            ObjectNode s = (ObjectNode) sal;
            s.remove(Set.of("id", "location_id"));
            ObjectNode location = (ObjectNode) s.get("location");
            location.remove("id");
            for (JsonNode address : location.withArray("addresses")) ((ObjectNode) address).remove(Set.of("id", "location_id"));
        }
        return copy;
    }

    private static long count(InteropApp app, String sql) {
        return new JdbcTemplate(app.context.getBean(DataSource.class)).queryForObject(sql, Long.class);
    }
}

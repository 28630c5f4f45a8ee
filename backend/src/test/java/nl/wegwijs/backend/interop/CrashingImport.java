package nl.wegwijs.backend.interop;

import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.backend.BackendTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Run in a child JVM by {@link ImportCrashTests}: starts the backend on the given data dir and imports a
 * large generated HSDS file in one transaction, printing "WRITTEN n" each time a chunk reached PostgreSQL.
 * The test kills this JVM with SIGKILL half-way.
 */
public final class CrashingImport {

    private CrashingImport() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(BackendTestApplication.class)
                .run("--wegwijs.data-dir=" + args[0], "--server.port=0", "--wegwijs.demo.enabled=false");
        byte[] file = InteropApp.JSON.writeValueAsBytes(services(Integer.parseInt(args[1]), args.length > 2 ? args[2] : "groot"));
        System.out.println("IMPORT STARTING");
        ImportReport report = app.getBean(HsdsImport.class).run(file, false, written -> System.out.println("WRITTEN " + written));
        System.out.println("DONE " + report.imported());
        app.close();
    }

    static List<ObjectNode> services(int count, String prefix) {
        List<ObjectNode> services = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            ObjectNode s = InteropApp.JSON.createObjectNode();
            s.put("id", HsdsIds.service(id));
            s.put("name", "Logeeropvang nummer " + i);
            s.put("description", "Een gegenereerde voorziening voor de crashtest.");
            s.put("status", "active");
            ArrayNode attributes = s.putArray("attributes");
            attribute(attributes, id, "wegwijs-id", WegwijsTaxonomy.TAXONOMY, id);
            attribute(attributes, id, "logeren-" + (i % 50), WegwijsTaxonomy.CATEGORY_TAXONOMY, null);
            ObjectNode funding = s.putArray("funding").addObject();
            funding.put("id", HsdsIds.of(id + ":funding"));
            funding.put("source", "Wlz-indicatie");
            services.add(s);
        }
        return services;
    }

    private static void attribute(ArrayNode attributes, String id, String code, String taxonomy, String value) {
        ObjectNode a = attributes.addObject();
        a.put("id", HsdsIds.of(id + ":" + code));
        if (value != null) a.put("value", value);
        ObjectNode term = a.putObject("taxonomy_term");
        term.put("id", HsdsIds.of("term:" + code));
        term.put("code", code);
        term.put("name", code);
        term.put("description", code);
        term.put("taxonomy", taxonomy);
    }
}

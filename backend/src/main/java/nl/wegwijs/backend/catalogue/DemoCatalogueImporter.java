package nl.wegwijs.backend.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Imports the demo catalogue on start, once: a restart or a second start imports nothing twice. */
@Component
@Order(10)
class DemoCatalogueImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogueImporter.class);

    private final DemoSettings settings;
    private final ResourceLoader resources;
    private final CatalogueImport catalogueImport;

    DemoCatalogueImporter(DemoSettings settings, ResourceLoader resources, CatalogueImport catalogueImport) {
        this.settings = settings;
        this.resources = resources;
        this.catalogueImport = catalogueImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        try (var in = resources.getResource("classpath:" + settings.resource()).getInputStream()) {
            int imported = catalogueImport.importJsonLines("demo:" + settings.resource(), in.readAllBytes());
            log.info("Demo catalogue: {} new entries imported", imported);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo catalogue " + settings.resource(), e);
        }
    }
}

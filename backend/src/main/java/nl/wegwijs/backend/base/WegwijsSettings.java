package nl.wegwijs.backend.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every feature shares.
 *
 * @param dataDir where the embedded PostgreSQL and the Lucene index keep their files
 */
@ConfigurationProperties("wegwijs")
public record WegwijsSettings(@DefaultValue("./data") Path dataDir) {

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }
}

package nl.wegwijs.backend.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo catalogue shipped with Wegwijs.
 *
 * @param enabled import it on start into a database that has not seen this file yet
 * @param resource the JSON-lines file on the classpath
 */
@ConfigurationProperties("wegwijs.demo")
public record DemoSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("demo/catalogue.jsonl") String resource) {}

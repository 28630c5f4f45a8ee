package nl.wegwijs.portal.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the server keeps a public visitor's session after the last request.
 *
 * @param publicSessionTimeout idle time after which an anonymous session (and its Vaadin UIs) is
 *     dropped; an open tab keeps its session alive with heartbeats, so this only counts for closed tabs
 */
@ConfigurationProperties("wegwijs.portal")
public record PublicSessionSettings(@DefaultValue("5m") Duration publicSessionTimeout) {}

package nl.wegwijs.backend.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, read from the environment (WEGWIJS_ADMIN_USERNAME, WEGWIJS_ADMIN_PASSWORD) and only
 * used while no admin exists. There is no default: without them a one-time password is logged.
 */
@ConfigurationProperties("wegwijs.admin")
public record AdminSettings(@Nullable String username, @Nullable String password) {}

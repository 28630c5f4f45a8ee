package nl.wegwijs.backend.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one username within
 * the window, that username is locked for the rest of the window (OWASP ASVS 2.2.1). Counted in memory
 * per username, never per IP address, so nothing about the caller is stored.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant first) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String username) {
        Failures f = failures.get(key(username));
        if (f == null) return false;
        if (f.first().plus(WINDOW).isBefore(clock.instant())) {
            failures.remove(key(username));
            return false;
        }
        return f.count() >= MAX_FAILURES;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() > MAX_TRACKED) failures.clear();
        Instant now = clock.instant();
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, now),
                (old, one) -> old.first().plus(WINDOW).isBefore(now) ? one : new Failures(old.count() + 1, old.first()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}

package nl.wegwijs.backend.editorial;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous corrections per client: {@value #LIMIT} per {@link #WINDOW}. The client key (the
 * remote address) lives only in this map, in memory, and is forgotten when the window passes; it is
 * never written to the database or the log (AVG/GDPR data minimisation). The JSON API and the portal's
 * "klopt er iets niet?" form share this one limit, so using both does not double it.
 */
@Component
public class CorrectionThrottle {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_CLIENTS = 50_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    CorrectionThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return true and counts the attempt when the client is below its limit */
    public boolean tryAcquire(String client) {
        if (recent.size() > MAX_CLIENTS) recent.clear();
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().plus(WINDOW).isBefore(now)) times.pollFirst();
            if (times.size() >= LIMIT) return false;
            times.addLast(now);
            return true;
        }
    }
}

package nl.wegwijs.portal.entry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * At most {@value #LIMIT} reports per client per {@link #WINDOW} from the entry page's form (the JSON
 * API has its own limit in editorial). The client key is the remote address, kept only in memory for
 * the window and never logged (AVG data minimisation).
 */
@Component
class CorrectionLimiter {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_CLIENTS = 50_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    CorrectionLimiter(Clock clock) {
        this.clock = clock;
    }

    boolean tryAcquire(String client) {
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

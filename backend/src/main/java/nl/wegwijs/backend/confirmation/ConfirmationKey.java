package nl.wegwijs.backend.confirmation;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HMAC key for confirmation links: {@code wegwijs.confirmation.secret} when set, otherwise 32 random bytes
 * generated on first use and stored in {@code confirmation_key}, so links already mailed survive a restart and
 * every instance on the same database signs alike.
 */
@Component
@Transactional
class ConfirmationKey {

    private final JdbcTemplate jdbc;
    private final ConfirmationProperties properties;
    private final Clock clock;
    private volatile byte @Nullable [] key;

    ConfirmationKey(JdbcTemplate jdbc, ConfirmationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    byte[] bytes() {
        byte[] k = key;
        if (k == null) {
            k = properties.secret() != null ? properties.secret().getBytes(StandardCharsets.UTF_8) : stored();
            key = k;
        }
        return k;
    }

    private byte[] stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two instances starting together: the first insert wins and both read the same row.
        jdbc.update("insert into confirmation_key (id, secret, created_at) values (1, ?, ?) on conflict (id) do nothing",
                fresh, Timestamp.from(clock.instant()));
        List<byte[]> rows = jdbc.query("select secret from confirmation_key where id = 1", (rs, i) -> rs.getBytes(1));
        return rows.getFirst();
    }
}

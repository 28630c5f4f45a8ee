package nl.wegwijs.backend.confirmation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring confirmation links: {@code entryId.expiry.signature}, where the signature is HMAC-SHA256 over
 * the entry id and the expiry (epoch seconds). Nothing is stored per link; a changed id or expiry breaks the
 * signature. Entry ids are lowercase slugs, so the token needs no escaping in a URL path.
 */
@Component
public class ConfirmationTokens {

    private static final Pattern SHAPE = Pattern.compile("([a-z0-9][a-z0-9-]{0,99})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    // Versioned so a future token format can never be confused with this one.
    private static final String PURPOSE = "wegwijs-confirmation-v1:";

    private final ConfirmationKey key;
    private final ConfirmationProperties properties;
    private final Clock clock;

    ConfirmationTokens(ConfirmationKey key, ConfirmationProperties properties, Clock clock) {
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    /** A link for the entry that works for {@code wegwijs.confirmation.link-validity} from now. */
    public String issue(String entryId) {
        return issue(entryId, clock.instant().plus(properties.linkValidity()));
    }

    public String issue(String entryId, Instant expiresAt) {
        String payload = entryId + "." + expiresAt.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** @throws InvalidConfirmationException when the token is malformed, not signed by us, or expired */
    public ConfirmationToken check(String token) {
        var m = SHAPE.matcher(token);
        if (!m.matches()) throw new InvalidConfirmationException(InvalidConfirmationException.Reason.INVALID);
        String payload = m.group(1) + "." + m.group(2);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidConfirmationException(InvalidConfirmationException.Reason.INVALID);
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(m.group(2)));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new InvalidConfirmationException(InvalidConfirmationException.Reason.EXPIRED);
        }
        return new ConfirmationToken(m.group(1), expiresAt);
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            byte[] signature = mac.doFinal((PURPOSE + payload).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

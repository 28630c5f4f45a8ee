package nl.wegwijs.backend.confirmation;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Provider confirmation mails ("klopt dit nog?"). Mail goes out only when {@code spring.mail.host} is set.
 *
 * @param secret signs the links; when unset, one is generated once and kept in the database so links survive restarts
 * @param linkValidity how long a mailed link works
 * @param dueAfter how long after the last verification an entry's contact is asked (a month before the 12-month mark)
 * @param resendAfter the least time between two mails about one entry
 * @param cron when the job looks for entries to ask (Spring cron, server time zone; "-" for never)
 * @param from the sender of the mails
 * @param maxPerRun at most this many mails per run, so a large backlog is spread over days
 */
@ConfigurationProperties("wegwijs.confirmation")
public record ConfirmationProperties(
        @Nullable String secret,
        @DefaultValue("30d") Duration linkValidity,
        @DefaultValue("335d") Duration dueAfter,
        @DefaultValue("30d") Duration resendAfter,
        @DefaultValue("0 0 10 * * *") String cron,
        @DefaultValue("Wegwijs redactie <redactie@wegwijs.nl>") String from,
        @DefaultValue("200") int maxPerRun) {

    public ConfirmationProperties {
        if (linkValidity.isNegative() || linkValidity.isZero() || dueAfter.isNegative() || resendAfter.isNegative()
                || maxPerRun < 1) {
            throw new IllegalArgumentException("wegwijs.confirmation: link-validity > 0, due-after and resend-after >= 0, max-per-run >= 1");
        }
        if (secret != null && secret.isBlank()) secret = null;
    }
}

package nl.wegwijs.backend.confirmation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The scheduled "klopt dit nog?" round: one mail per due entry (see {@link DueEntries}), each recorded after it
 * was handed to the SMTP server. Without {@code spring.mail.host} Spring makes no mail sender and this sends nothing.
 */
@Component
public class ConfirmationMailer {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final DueEntries due;
    private final CatalogueService catalogue;
    private final ConfirmationTokens tokens;
    private final ConfirmationMail mail;
    private final ConfirmationProperties properties;
    private final Clock clock;

    ConfirmationMailer(ObjectProvider<JavaMailSender> sender, DueEntries due, CatalogueService catalogue,
            ConfirmationTokens tokens, ConfirmationMail mail, ConfirmationProperties properties, Clock clock) {
        this.sender = sender;
        this.due = due;
        this.catalogue = catalogue;
        this.tokens = tokens;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Mails every due entry once. Synchronized so a manual run and the schedule never mail the same entry twice.
     *
     * @return how many mails the SMTP server accepted
     */
    public synchronized int sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("Provider confirmation mails are off: spring.mail.host is not set");
            return 0;
        }
        int sent = 0;
        for (DueEntries.Due d : due.find()) {
            Optional<EntryDetails> entry = catalogue.findPublished(d.entryId());
            if (entry.isEmpty()) continue;
            Instant expires = clock.instant().plus(properties.linkValidity());
            ConfirmationMail.Text text = mail.write(entry.get(), tokens.issue(d.entryId(), expires), expires);
            try {
                smtp.send(message -> {
                    MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                    helper.setFrom(properties.from());
                    helper.setTo(d.email());
                    helper.setSubject(text.subject());
                    helper.setText(text.body(), false);
                });
                due.sent(d.entryId());
                sent++;
            } catch (MailException e) {
                // One bad address or a hiccup must not stop the round; the entry stays due for the next run.
                log.warn("Confirmation mail for entry {} was not sent: {}", d.entryId(), e.getMessage());
            }
        }
        log.info("Provider confirmation: {} mail(s) sent", sent);
        return sent;
    }
}

package nl.wegwijs.backend.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.EntryDetails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Writes the "klopt dit nog?" mail: the entry as stored and two links, confirm or report a change. */
@Component
class ConfirmationMail {

    /** A mail ready to send. */
    record Text(String subject, String body, String confirmUrl, String changeUrl) {}

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final String publicUrl;
    private final Clock clock;

    ConfirmationMail(@Value("${wegwijs.public-url:http://localhost:8080}") String publicUrl, Clock clock) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.clock = clock;
        texts.setBasename("confirmation-mail");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    /** The link a provider opens; the change link opens the form straight away. */
    String confirmUrl(String token) {
        return publicUrl + "/bevestigen/" + token;
    }

    Text write(EntryDetails e, String token, Instant linkExpiresAt) {
        String confirm = confirmUrl(token);
        String change = confirm + "?wijziging=ja";
        List<String> lines = new ArrayList<>();
        lines.add(t("mail.greeting"));
        lines.add("");
        lines.add(t("mail.intro", e.name()));
        lines.add("");
        lines.add(e.name());
        if (e.summary() != null) lines.add(t("mail.summary", e.summary()));
        if (e.phone() != null) lines.add(t("mail.phone", e.phone()));
        if (e.email() != null) lines.add(t("mail.email", e.email()));
        if (e.url() != null) lines.add(t("mail.website", e.url()));
        String places = e.places().stream().map(EntryDetails.Place::city).filter(c -> c != null && !c.isBlank())
                .distinct().collect(Collectors.joining(", "));
        if (!places.isEmpty()) lines.add(t("mail.place", places));
        if (e.lastVerifiedOn() != null) lines.add(t("mail.lastVerified", DATE.format(e.lastVerifiedOn())));
        lines.add("");
        lines.add(t("mail.confirm"));
        lines.add(confirm);
        lines.add("");
        lines.add(t("mail.change"));
        lines.add(change);
        lines.add("");
        // The last day the link works, in the server's zone: "tot en met" that day.
        LocalDate lastDay = LocalDate.ofInstant(linkExpiresAt.minusSeconds(1), clock.getZone());
        lines.add(t("mail.validity", DATE.format(lastDay)));
        lines.add(t("mail.why"));
        lines.add("");
        lines.add(t("mail.closing", "\n"));
        return new Text(t("mail.subject", e.name()), String.join("\n", lines) + "\n", confirm, change);
    }

    private String t(String key, Object... args) {
        return texts.getMessage(key, args, DUTCH);
    }
}

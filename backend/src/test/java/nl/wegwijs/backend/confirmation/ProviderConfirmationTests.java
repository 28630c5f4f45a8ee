package nl.wegwijs.backend.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.editorial.EditorialService;
import nl.wegwijs.backend.editorial.ProposalView;
import nl.wegwijs.backend.editorial.ReviewQueue;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Klopt dit nog?" against a real SMTP server (GreenMail on a free loopback port) and the embedded PostgreSQL:
 * who is mailed, what the link in the mail does, and which links are refused. The catalogue starts empty; each
 * test makes its own entries, so the order of the tests does not matter.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = {
        "wegwijs.demo.enabled=false",
        "spring.mail.host=127.0.0.1",
        "wegwijs.public-url=https://wegwijs.example/",
        "wegwijs.confirmation.cron=-"})
class ProviderConfirmationTests {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    private static final Pattern LINK = Pattern.compile("https://wegwijs\\.example/bevestigen/(\\S+)");

    @Autowired ConfirmationMailer mailer;
    @Autowired ProviderConfirmations confirmations;
    @Autowired ConfirmationTokens tokens;
    @Autowired EditorialService editorial;
    @Autowired ReviewQueue queue;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void the_round_mails_each_stale_entrys_contact_once_and_leaves_fresh_and_unpublished_entries_alone() throws Exception {
        entry("oud-aanbod", "Logeerhuis De Linde", "PUBLISHED", 340, "linde@aanbieder.example");
        entry("oud-met-contact", "Oudergroep Rivierenland", "PUBLISHED", 400, null);
        jdbc.update("insert into contact (id, entry_id, name, email) values (?, 'oud-met-contact', 'Balie', 'balie@aanbieder.example')",
                UUID.randomUUID());
        entry("vers-aanbod", "Zorgboerderij De Es", "PUBLISHED", 30, "es@aanbieder.example");
        entry("oud-concept", "Concept", "DRAFT", 500, "concept@aanbieder.example");
        entry("oud-zonder-adres", "Zonder adres", "PUBLISHED", 500, null);

        assertThat(mailer.sendDue()).isEqualTo(2);
        assertThat(mailer.sendDue()).isZero();

        assertThat(to("linde@aanbieder.example")).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Klopt dit nog? Logeerhuis De Linde op Wegwijs");
            String body = (String) mail.getContent();
            assertThat(body).contains("Beste aanbieder", "Logeerhuis De Linde", "Ja, dit klopt", "Is er iets veranderd?",
                    "https://wegwijs.example/bevestigen/oud-aanbod.");
        });
        assertThat(to("balie@aanbieder.example")).hasSize(1);
        assertThat(to("es@aanbieder.example")).isEmpty();
        assertThat(to("concept@aanbieder.example")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from confirmation_mail where entry_id in ('oud-aanbod', 'oud-met-contact')",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void the_link_in_the_mail_confirms_the_entry_once_with_a_revision_by_the_provider() throws Exception {
        entry("te-bevestigen", "Thuiszorg Het Anker", "PUBLISHED", 350, "anker@aanbieder.example");
        mailer.sendDue();
        String body = (String) to("anker@aanbieder.example").getFirst().getContent();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        assertThat(confirmations.open(token).entry().name()).isEqualTo("Thuiszorg Het Anker");
        assertThat(lastVerified("te-bevestigen")).isEqualTo(LocalDate.now().minusDays(350));

        assertThat(confirmations.confirm(token)).isEqualTo(LocalDate.now());
        assertThat(confirmations.confirm(token)).isEqualTo(LocalDate.now());

        assertThat(lastVerified("te-bevestigen")).isEqualTo(LocalDate.now());
        assertThat(jdbc.queryForList("select author from entry_revision where entry_id = 'te-bevestigen' and action = 'CONFIRMED'",
                String.class)).containsExactly("aanbieder");
    }

    @Test
    void tampered_expired_and_unknown_links_are_refused_and_change_nothing() {
        entry("niet-te-raken", "Logeerboerderij", "PUBLISHED", 200, "boer@aanbieder.example");
        entry("ander-aanbod", "Ander aanbod", "PUBLISHED", 200, "ander@aanbieder.example");
        String good = tokens.issue("niet-te-raken");
        String otherEntry = good.replace("niet-te-raken.", "ander-aanbod.");
        String lastChar = good.substring(good.length() - 1);
        String badSignature = good.substring(0, good.length() - 1) + (lastChar.equals("A") ? "B" : "A");
        String longer = good.replaceFirst("\\.(\\d+)\\.", "." + (Instant.now().getEpochSecond() + 999_999_999L) + ".");
        String expired = tokens.issue("niet-te-raken", Instant.now().minus(1, ChronoUnit.DAYS));
        String gone = tokens.issue("bestaat-niet");

        for (String token : List.of(otherEntry, badSignature, longer, "onzin", "")) {
            assertThatThrownBy(() -> confirmations.confirm(token)).as(token)
                    .isInstanceOfSatisfying(InvalidConfirmationException.class,
                            e -> assertThat(e.reason()).isEqualTo(InvalidConfirmationException.Reason.INVALID));
        }
        assertThatThrownBy(() -> confirmations.open(expired)).isInstanceOfSatisfying(InvalidConfirmationException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidConfirmationException.Reason.EXPIRED));
        assertThatThrownBy(() -> confirmations.confirm(gone)).isInstanceOfSatisfying(InvalidConfirmationException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidConfirmationException.Reason.UNKNOWN_ENTRY));
        assertThat(lastVerified("niet-te-raken")).isEqualTo(LocalDate.now().minusDays(200));
        assertThat(lastVerified("ander-aanbod")).isEqualTo(LocalDate.now().minusDays(200));
        // Without a checked link there is no provider role: the editorial layer itself refuses.
        assertThatThrownBy(() -> editorial.confirmByProvider("niet-te-raken"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // No secret configured: the generated one is kept in the database, so mailed links survive a restart.
        assertThat(jdbc.queryForObject("select count(*) from confirmation_key", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_reported_change_lands_in_the_review_queue_as_a_provider_proposal() {
        entry("verhuisd-aanbod", "Kinderdagcentrum De Vlinder", "PUBLISHED", 200, "vlinder@aanbieder.example");
        String token = tokens.issue("verhuisd-aanbod");

        assertThat(confirmations.reportChange(token, "   ", "10.9.8.7")).isEqualTo(ProviderConfirmations.ReportOutcome.EMPTY);
        assertThat(confirmations.reportChange(token, "Wij zitten sinds mei in Utrecht, Lange Nieuwstraat 3.", "10.9.8.7"))
                .isEqualTo(ProviderConfirmations.ReportOutcome.SENT);

        List<ProposalView> mine = queue.open(Pageable.ofSize(100)).stream()
                .filter(p -> "verhuisd-aanbod".equals(p.entryId())).toList();
        assertThat(mine).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo("provider");
            assertThat(p.note()).isEqualTo("Wij zitten sinds mei in Utrecht, Lange Nieuwstraat 3.");
        });
        assertThat(lastVerified("verhuisd-aanbod")).isEqualTo(LocalDate.now().minusDays(200));
    }

    private void entry(String id, String name, String status, int verifiedDaysAgo, @Nullable String email) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into entry (id, name, kind, status, summary, email, source, last_verified_on, created_at, updated_at)
                values (?, ?, 'provision', ?, 'Opvang en logeren voor kinderen die veel zorg nodig hebben.', ?, 'editor', ?, ?, ?)""",
                id, name, status, email, Date.valueOf(LocalDate.now().minusDays(verifiedDaysAgo)), now, now);
    }

    private @Nullable LocalDate lastVerified(String id) {
        return jdbc.queryForObject("select last_verified_on from entry where id = ?", LocalDate.class, id);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}

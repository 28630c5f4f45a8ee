package nl.wegwijs.backend.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the first start leaves a way in without a default password: the admin comes from the
 * environment, or gets a random one-time password that is logged once and must be changed at first login.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Accounts accounts;
    private final AdminSettings settings;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(Accounts accounts, AdminSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.adminExists()) return;
        String username = settings.username() == null || settings.username().isBlank() ? "admin" : settings.username();
        if (settings.password() != null && !settings.password().isBlank()) {
            accounts.create(username, settings.password(), Role.ADMIN, false);
            log.info("Created admin account '{}' from WEGWIJS_ADMIN_USERNAME/WEGWIJS_ADMIN_PASSWORD", username);
            return;
        }
        String oneTime = oneTimePassword();
        accounts.create(username, oneTime, Role.ADMIN, true);
        log.warn("No admin account existed. Created '{}' with one-time password {} ; it must be changed at the "
                + "first login (/redactie/login). Set WEGWIJS_ADMIN_USERNAME/WEGWIJS_ADMIN_PASSWORD to choose it.",
                username, oneTime);
    }

    private String oneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }
}

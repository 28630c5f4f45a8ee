package nl.wegwijs.backend.confirmation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the confirmation round on {@code wegwijs.confirmation.cron}; says once at start-up when mail is off. */
@Configuration(proxyBeanMethods = false)
class ConfirmationScheduling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationScheduling.class);

    private final ConfirmationMailer mailer;
    private final ConfirmationProperties properties;

    ConfirmationScheduling(ConfirmationMailer mailer, ConfirmationProperties properties) {
        this.mailer = mailer;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!mailer.enabled()) {
            log.info("Provider confirmation mails are off: set spring.mail.host (and wegwijs.public-url) to send them");
        } else if (!"-".equals(properties.cron())) {
            registrar.addCronTask(mailer::sendDue, properties.cron());
        }
    }
}

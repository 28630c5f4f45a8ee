package nl.wegwijs.backend.crawlreview;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The two clocks of this feature, taken from {@link CrawlerProperties}: the tick that starts due sources, and the
 * link check. Needs {@code @EnableScheduling} on the application.
 */
@Configuration(proxyBeanMethods = false)
class CrawlScheduling implements SchedulingConfigurer {

    private final CrawlRuns runs;
    private final LinkChecks links;
    private final CrawlerProperties properties;

    CrawlScheduling(CrawlRuns runs, LinkChecks links, CrawlerProperties properties) {
        this.runs = runs;
        this.links = links;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(runs::startDue, properties.schedulerTick());
        if (!"-".equals(properties.linkCheckCron())) {
            registrar.addCronTask(links::checkAllInBackground, properties.linkCheckCron());
        }
    }
}

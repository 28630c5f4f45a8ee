package nl.wegwijs.backend.crawlreview;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the scheduler runs, ends the runs a stopped or crashed process left active, so the unique
 * "one active run per source" index does not block their sources for ever. Nothing is resumed half-way: the next
 * run starts again and is cheap, because the stored page validators make unchanged pages 304s. (One application
 * instance per database is assumed; with several, this would end another instance's live runs.)
 */
@Component
class RunRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

    private final RunBook book;

    RunRecovery(RunBook book) {
        this.book = book;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int ended = book.interruptLeftovers("Interrupted: the application stopped while this run was active");
        if (ended > 0) log.warn("Ended {} crawl run(s) left active by a previous process", ended);
    }
}

package org.skillscontest.ranking.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import org.skillscontest.ranking.domain.ResultsPublicities;

/**
 * Looks, every {@code ranking.publicity.check-every} (default 1 minute), for PROVISIONAL results
 * whose publicity period is over at the injected clock's now, and finalises each in a transaction of
 * its own ({@link Publicity#finaliseIfDue}). Every instance runs it; the event's lock makes a double
 * run find the work done.
 */
@ApplicationScoped
public class PublicityCheck {

    private static final Logger LOG = Logger.getLogger(PublicityCheck.class);
    private static final int BATCH = 100;

    private final ResultsPublicities publicities;
    private final Publicity publicity;
    private final Clock clock;

    public PublicityCheck(ResultsPublicities publicities, Publicity publicity, Clock clock) {
        this.publicities = publicities;
        this.publicity = publicity;
        this.clock = clock;
    }

    @Scheduled(every = "${ranking.publicity.check-every:60s}", delayed = "${ranking.publicity.check-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("publicity check failed, tried again next time: %s", e.toString());
        }
    }

    /** Finalises every event whose period is over with no objection open; returns how many became FINAL. */
    public int run() {
        int finalised = 0;
        List<String> due;
        int before;
        do {
            before = finalised;
            due = QuarkusTransaction.requiringNew().call(() -> publicities.dueAt(clock.instant(), BATCH));
            for (String key : due) {
                if (publicity.finaliseIfDue(key)) {
                    finalised++;
                }
            }
        } while (due.size() == BATCH && finalised > before);
        return finalised;
    }
}

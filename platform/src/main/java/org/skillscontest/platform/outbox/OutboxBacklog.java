package org.skillscontest.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.skillscontest.platform.signals.Signal;

/**
 * The outbox's backlog as gauges: events not yet acknowledged by the broker, and the age of the
 * oldest. Read from the shared table, so every instance of a service reports the same figures
 * whichever relays; operators take the max over instances, not the sum. One small query every few
 * seconds (on the partial index of unsent rows) feeds the gauges, so a scrape never waits on the
 * database; between reads the age keeps growing by the time passed, as the real one does.
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    /** One read: events waiting, the oldest's age in the database's clock, and when it was read (nanoTime). */
    private record Reading(double events, double oldestAgeSeconds, long readAt) {
    }

    private final DataSource db;
    private volatile Reading last = new Reading(Double.NaN, Double.NaN, System.nanoTime());

    public OutboxBacklog(DataSource db, MeterRegistry registry) {
        this.db = db;
        Gauge.builder(Signal.OUTBOX_UNSENT_EVENTS.meterName(), this, OutboxBacklog::unsentEvents)
                .description("Events in the outbox not yet acknowledged by the broker (same figure on every instance)")
                .register(registry);
        Gauge.builder(Signal.OUTBOX_OLDEST_UNSENT_AGE.meterName(), this, OutboxBacklog::oldestUnsentAgeSeconds)
                .description("Seconds since the oldest unsent outbox row was written; 0 when none waits")
                .register(registry);
    }

    double unsentEvents() {
        return last.events();
    }

    double oldestUnsentAgeSeconds() {
        Reading r = last;
        if (r.events() > 0) {
            return r.oldestAgeSeconds() + (System.nanoTime() - r.readAt()) / 1e9;
        }
        return r.oldestAgeSeconds();
    }

    /** NaN until the first read and while the database cannot be read: no figure rather than a stale one. */
    @Scheduled(every = "${outbox.metrics.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void read() {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select coalesce(sum(events), 0), coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)
                     from outbox where sent_at is null""");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            last = new Reading(rs.getLong(1), Math.max(0, rs.getDouble(2)), System.nanoTime());
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not read: %s", e.getMessage());
            last = new Reading(Double.NaN, Double.NaN, System.nanoTime());
        }
    }
}

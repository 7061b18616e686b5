package org.skillscontest.platform.signals;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillscontest.contracts.Level;

/**
 * The services' domain counters (entries registered, marks entered, results published, promotions),
 * tagged with the event's level. A service counts a fact where it happens, inside the transaction
 * that makes it; the counter moves only when that transaction commits, never for a rolled-back one.
 *
 * <p>A service names the counters it keeps in {@code signals.domain-counters}: they are registered at
 * start with every level at 0, so a dashboard's rate shows 0 rather than nothing before the first fact.
 */
@ApplicationScoped
public class DomainCounters {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;
    private final List<Signal> declared;

    public DomainCounters(MeterRegistry registry, TransactionSynchronizationRegistry transactions,
                          @ConfigProperty(name = "signals.domain-counters") Optional<List<Signal>> declared) {
        this.registry = registry;
        this.transactions = transactions;
        this.declared = declared.orElse(List.of());
    }

    void declare(@Observes StartupEvent start) {
        for (Signal signal : declared) {
            if (signal.source() != Signal.Source.SERVICE || signal.kind() != Signal.Kind.COUNTER) {
                throw new IllegalArgumentException("signals.domain-counters: " + signal + " is not a domain counter");
            }
            for (Level level : Level.values()) {
                counter(signal, level);
            }
        }
    }

    /**
     * Adds {@code amount} to the signal's counter for {@code level} once the current transaction
     * commits. The level is the only tag: Prometheus wants one set of tag keys per name.
     */
    public void afterCommit(Signal signal, Level level, long amount) {
        if (amount <= 0) {
            return;
        }
        Counter counter = counter(signal, level);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(amount);
                }
            }
        });
    }

    private Counter counter(Signal signal, Level level) {
        return Counter.builder(signal.meterName())
                .tag("level", level == null ? "UNKNOWN" : level.name())
                .register(registry);
    }
}

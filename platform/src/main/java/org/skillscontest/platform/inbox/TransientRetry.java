package org.skillscontest.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's work again, with growing pauses, for as long as it fails transiently (see
 * {@link DeliveryFailures}): the consumer thread waits, so its partitions wait with it and nothing
 * behind the record overtakes it or reaches the dead-letter topic. A failure that is not transient
 * is thrown at once. While some work waits, {@link #waiting()} says for what, and readiness is DOWN.
 */
@ApplicationScoped
public class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    private final Duration firstPause;
    private final Duration longestPause;
    private final Map<Thread, Waiting> waiting = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    /** Work held back by a transient failure: what, since when, and the last failure. */
    public record Waiting(String what, Instant since, String failure) {
    }

    public TransientRetry(@ConfigProperty(name = "inbox.retry.first-pause", defaultValue = "PT0.2S") Duration firstPause,
                          @ConfigProperty(name = "inbox.retry.longest-pause", defaultValue = "PT5S") Duration longestPause) {
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    /** Runs {@code work} until it succeeds or fails for good; {@code what} names it in logs and readiness. */
    public <T> T call(String what, Supplier<T> work) {
        long pause = firstPause.toMillis();
        Instant since = null;
        Instant lastLog = Instant.EPOCH;
        try {
            while (true) {
                try {
                    T result = work.get();
                    if (since != null) {
                        LOG.infof("%s went through after waiting %d s for a dependency", what,
                                Duration.between(since, Instant.now()).toSeconds());
                    }
                    return result;
                } catch (RuntimeException e) {
                    if (!DeliveryFailures.isTransient(e)) {
                        throw e;
                    }
                    if (since == null) {
                        since = Instant.now();
                    }
                    String failure = rootMessage(e);
                    waiting.put(Thread.currentThread(), new Waiting(what, since, failure));
                    if (stopping) {
                        throw new DeliveryDeferredException(what + " left for after the restart: " + failure, e);
                    }
                    if (Duration.between(lastLog, Instant.now()).toSeconds() >= 30) {
                        LOG.warnf("%s waits for a dependency, retrying (not dead-lettered): %s", what, failure);
                        lastLog = Instant.now();
                    }
                    sleep(pause);
                    pause = Math.min(pause * 2, longestPause.toMillis());
                }
            }
        } finally {
            waiting.remove(Thread.currentThread());
        }
    }

    public void run(String what, Runnable work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    /** The work waiting for a dependency right now (empty when all is well). */
    public java.util.Collection<Waiting> waiting() {
        return waiting.values();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryDeferredException("interrupted while waiting for a dependency", e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

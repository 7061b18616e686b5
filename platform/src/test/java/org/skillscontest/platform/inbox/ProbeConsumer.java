package org.skillscontest.platform.inbox;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer of probe records, one at a time and in batches, whose effect is a row per record. The
 * action says how the effect behaves: {@code ok}; {@code poison} breaks a rule; {@code gate} waits
 * for the gate row, which a test may hold locked (lock timeout: transient); {@code drop-connection}
 * ends its own database session the first time (connection lost: transient).
 */
@ApplicationScoped
public class ProbeConsumer {

    /** A probe record's value. */
    public record Probe(String id, String action) {
    }

    private final Inbox inbox;
    private final BatchInbox batches;
    private final EntityManager em;
    private final Set<String> dropped = ConcurrentHashMap.newKeySet();

    public ProbeConsumer(Inbox inbox, BatchInbox batches, EntityManager em) {
        this.inbox = inbox;
        this.batches = batches;
        this.em = em;
    }

    @Incoming("probes")
    @Blocking
    public void onProbe(ConsumerRecord<String, String> record) {
        inbox.consume(record, Probe.class, this::apply);
    }

    @Incoming("probe-batches")
    @Blocking
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> onProbes(KafkaRecordBatch<String, String> batch) {
        return batches.receive(batch, Probe.class, (List<Probe> probes) -> probes.forEach(this::apply));
    }

    private void apply(Probe probe) {
        switch (probe.action()) {
            case "poison" -> throw new UnprocessableEventException("probe " + probe.id() + " breaks a rule");
            case "gate" -> {
                em.createNativeQuery("set local lock_timeout = '300ms'").executeUpdate();
                em.createNativeQuery("select id from probe_gate where id = 1 for update").getResultList();
            }
            case "drop-connection" -> {
                if (dropped.add(probe.id())) {
                    em.createNativeQuery("select pg_terminate_backend(pg_backend_pid())").getResultList();
                }
            }
            default -> {
            }
        }
        em.createNativeQuery("insert into probe_effect (event_id, action) values (?1, ?2)")
                .setParameter(1, probe.id()).setParameter(2, probe.action()).executeUpdate();
    }
}

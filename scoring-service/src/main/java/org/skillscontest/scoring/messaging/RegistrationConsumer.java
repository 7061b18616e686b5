package org.skillscontest.scoring.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.platform.inbox.BatchInbox;
import org.skillscontest.platform.inbox.Inbox;
import org.skillscontest.scoring.service.EventRoster;

/** Events and entrants from registration. */
@ApplicationScoped
public class RegistrationConsumer {

    private final Inbox inbox;
    private final BatchInbox batches;
    private final EventRoster roster;

    public RegistrationConsumer(Inbox inbox, BatchInbox batches, EventRoster roster) {
        this.inbox = inbox;
        this.batches = batches;
        this.roster = roster;
    }

    @Incoming("event-opened")
    @Blocking
    public void onEventOpened(ConsumerRecord<String, String> record) {
        inbox.consume(record, EventOpened.class, roster::open);
    }

    /** A poll's worth of entrants in one transaction (a bulk intake sends thousands); dead letters stay per record. */
    @Incoming("entry-registered")
    @Blocking
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> onEntriesRegistered(KafkaRecordBatch<String, String> batch) {
        return batches.receive(batch, EntryRegistered.class, roster::registerAll);
    }

    @Incoming("entry-withdrawn")
    @Blocking
    public void onEntryWithdrawn(ConsumerRecord<String, String> record) {
        inbox.consume(record, EntryWithdrawn.class, roster::withdraw);
    }
}

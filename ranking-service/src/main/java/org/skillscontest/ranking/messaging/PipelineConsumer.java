package org.skillscontest.ranking.messaging;

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
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.RoundResultsPublished;
import org.skillscontest.platform.inbox.BatchInbox;
import org.skillscontest.platform.inbox.Inbox;
import org.skillscontest.ranking.service.EventRanking;
import org.skillscontest.ranking.service.RoundRanking;
import org.skillscontest.ranking.service.Roster;

/** Events and entrants from registration, results from scoring. */
@ApplicationScoped
public class PipelineConsumer {

    private final Inbox inbox;
    private final BatchInbox batches;
    private final Roster roster;
    private final EventRanking ranking;
    private final RoundRanking rounds;

    public PipelineConsumer(Inbox inbox, BatchInbox batches, Roster roster, EventRanking ranking, RoundRanking rounds) {
        this.rounds = rounds;
        this.inbox = inbox;
        this.batches = batches;
        this.roster = roster;
        this.ranking = ranking;
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
        return batches.receiveWithTraces(batch, EntryRegistered.class, roster::registerAll);
    }

    @Incoming("entry-withdrawn")
    @Blocking
    public void onEntryWithdrawn(ConsumerRecord<String, String> record) {
        inbox.consume(record, EntryWithdrawn.class, roster::withdraw);
    }

    @Incoming("round-results-published")
    @Blocking
    public void onRoundResultsPublished(ConsumerRecord<String, String> record) {
        inbox.consume(record, RoundResultsPublished.class, rounds::receive);
    }

    @Incoming("results-published")
    @Blocking
    public void onResultsPublished(ConsumerRecord<String, String> record) {
        inbox.consume(record, ResultsPublished.class, ranking::receive);
    }
}

package org.skillscontest.ranking.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.platform.inbox.Inbox;
import org.skillscontest.ranking.service.EventRanking;
import org.skillscontest.ranking.service.Roster;

/** Events and entrants from registration, results from scoring. */
@ApplicationScoped
public class PipelineConsumer {

    private final Inbox inbox;
    private final Roster roster;
    private final EventRanking ranking;

    public PipelineConsumer(Inbox inbox, Roster roster, EventRanking ranking) {
        this.inbox = inbox;
        this.roster = roster;
        this.ranking = ranking;
    }

    @Incoming("event-opened")
    @Blocking
    @Transactional
    public void onEventOpened(ConsumerRecord<String, String> record) {
        inbox.receive(record, EventOpened.class, roster::open);
    }

    @Incoming("entry-registered")
    @Blocking
    @Transactional
    public void onEntryRegistered(ConsumerRecord<String, String> record) {
        inbox.receive(record, EntryRegistered.class, roster::register);
    }

    @Incoming("entry-withdrawn")
    @Blocking
    @Transactional
    public void onEntryWithdrawn(ConsumerRecord<String, String> record) {
        inbox.receive(record, EntryWithdrawn.class, roster::withdraw);
    }

    @Incoming("results-published")
    @Blocking
    @Transactional
    public void onResultsPublished(ConsumerRecord<String, String> record) {
        inbox.receive(record, ResultsPublished.class, ranking::receive);
    }
}

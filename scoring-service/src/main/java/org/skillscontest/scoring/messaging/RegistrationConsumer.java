package org.skillscontest.scoring.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.platform.inbox.Inbox;
import org.skillscontest.scoring.service.EventRoster;

/** Events and entrants from registration. */
@ApplicationScoped
public class RegistrationConsumer {

    private final Inbox inbox;
    private final EventRoster roster;

    public RegistrationConsumer(Inbox inbox, EventRoster roster) {
        this.inbox = inbox;
        this.roster = roster;
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
}

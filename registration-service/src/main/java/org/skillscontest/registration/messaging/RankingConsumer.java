package org.skillscontest.registration.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.skillscontest.contracts.EntrantPromoted;
import org.skillscontest.contracts.EventRanked;
import org.skillscontest.contracts.PromotionRevoked;
import org.skillscontest.platform.inbox.Inbox;
import org.skillscontest.registration.service.Registration;

/** From ranking: promotions become entries one level up, revocations withdraw them, rankings publish results. */
@ApplicationScoped
public class RankingConsumer {

    private final Inbox inbox;
    private final Registration registration;

    public RankingConsumer(Inbox inbox, Registration registration) {
        this.inbox = inbox;
        this.registration = registration;
    }

    @Incoming("entrant-promoted")
    @Blocking
    public void onPromoted(ConsumerRecord<String, String> record) {
        inbox.consume(record, EntrantPromoted.class, registration::registerPromoted);
    }

    @Incoming("promotion-revoked")
    @Blocking
    public void onRevoked(ConsumerRecord<String, String> record) {
        inbox.consume(record, PromotionRevoked.class, registration::revokePromotion);
    }

    @Incoming("event-ranked")
    @Blocking
    public void onRanked(ConsumerRecord<String, String> record) {
        inbox.consume(record, EventRanked.class, registration::resultsPublished);
    }
}

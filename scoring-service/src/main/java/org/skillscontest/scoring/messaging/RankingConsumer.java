package org.skillscontest.scoring.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.skillscontest.contracts.RoundRanked;
import org.skillscontest.platform.inbox.Inbox;
import org.skillscontest.scoring.service.RoundCuts;

/** Cuts from ranking: who made an earlier round's cut competes in the next round. */
@ApplicationScoped
public class RankingConsumer {

    private final Inbox inbox;
    private final RoundCuts cuts;

    public RankingConsumer(Inbox inbox, RoundCuts cuts) {
        this.inbox = inbox;
        this.cuts = cuts;
    }

    @Incoming("round-ranked")
    @Blocking
    public void onRoundRanked(ConsumerRecord<String, String> record) {
        inbox.consume(record, RoundRanked.class, cuts::apply);
    }
}

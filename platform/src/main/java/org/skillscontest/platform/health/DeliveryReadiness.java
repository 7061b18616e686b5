package org.skillscontest.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.skillscontest.platform.inbox.TransientRetry;
import org.skillscontest.platform.outbox.OutboxRelay;

/**
 * DOWN while events cannot flow: a consumer holds a record because a dependency is away, or the
 * outbox relay cannot publish. UP again by itself once they go through. (The datasource and Kafka
 * checks of the extensions say which dependency; this one says what it holds up.)
 */
@Readiness
@ApplicationScoped
public class DeliveryReadiness implements HealthCheck {

    private final TransientRetry retry;
    private final OutboxRelay relay;

    public DeliveryReadiness(TransientRetry retry, OutboxRelay relay) {
        this.retry = retry;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("event delivery").up();
        retry.waiting().stream().findFirst().ifPresent(w -> answer.down()
                .withData("consumer waiting", w.what())
                .withData("waiting since", w.since().toString())
                .withData("consumer failure", w.failure()));
        Instant relayFailing = relay.failingSince();
        if (relayFailing != null) {
            answer.down().withData("outbox relay failing since", relayFailing.toString())
                    .withData("relay failure", String.valueOf(relay.lastFailure()));
        }
        return answer.build();
    }
}

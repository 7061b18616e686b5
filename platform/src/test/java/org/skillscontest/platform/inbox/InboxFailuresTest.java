package org.skillscontest.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/**
 * The inbox on the real broker and database: a record that breaks a rule or cannot be read goes to
 * the dead-letter topic with its reason; a record that fails because the database is away (a lock
 * it cannot get, its connection lost) waits, holds its partition, makes readiness DOWN, and is
 * applied once the database answers again, never dead-lettered. Batches and single records alike.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class InboxFailuresTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    @TestHTTPResource("/q/health/ready")
    URI readiness;

    @Test
    void poisonAndTransientFailuresInOneBatch() throws Exception {
        String topic = "platform.probe-batches";
        String key = "batch-" + UUID.randomUUID();
        List<Topics.Event> events = new ArrayList<>();
        String ok1 = id(), poison = id(), gated = id(), ok2 = id(), unreadable = id(), ok3 = id();
        events.add(new Topics.Event(ok1, probe(ok1, "ok")));
        events.add(new Topics.Event(poison, probe(poison, "poison")));
        events.add(new Topics.Event(gated, probe(gated, "gate")));
        events.add(new Topics.Event(ok2, probe(ok2, "ok")));
        events.add(new Topics.Event(unreadable, "{not json"));
        events.add(new Topics.Event(ok3, probe(ok3, "ok")));

        try (Connection holder = DriverManager.getConnection(jdbcUrl, user, password.orElse(""))) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("select id from probe_gate where id = 1 for update");
            Topics.sendAll(topic, key, events);

            // the gated record waits for the lock: readiness says so, nothing behind it is lost or dead-lettered
            await().atMost(Duration.ofSeconds(60)).until(() -> readinessStatus() == 503);
            assertThat(effects(List.of(gated))).isEmpty();
            holder.rollback();
        }

        String marker = id();
        Topics.send(topic, key, marker, probe(marker, "ok"));
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(List.of(marker)).size() == 1);
        assertThat(effects(List.of(ok1, poison, gated, ok2, unreadable, ok3, marker)))
                .containsExactlyInAnyOrder(ok1, gated, ok2, ok3, marker);
        assertThat(deadLetters(topic + ".dlq", List.of(ok1, poison, gated, ok2, unreadable, ok3, marker), 2))
                .containsExactlyInAnyOrder(poison, unreadable);
        await().atMost(Duration.ofSeconds(30)).until(() -> readinessStatus() == 200);
    }

    @Test
    void aLostConnectionIsRetriedNotDeadLettered() {
        String topic = "platform.probes";
        String key = "single-" + UUID.randomUUID();
        String dropped = id(), poison = id(), after = id();
        Topics.send(topic, key, dropped, probe(dropped, "drop-connection"));
        Topics.send(topic, key, poison, probe(poison, "poison"));
        Topics.send(topic, key, after, probe(after, "ok"));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(List.of(after)).size() == 1);
        assertThat(effects(List.of(dropped, poison, after))).containsExactlyInAnyOrder(dropped, after);
        assertThat(deadLetters(topic + ".dlq", List.of(dropped, poison, after), 1)).containsExactly(poison);
    }

    @Test
    void aRecordLockedOutHoldsTheRecordsBehindItInOrder() throws Exception {
        String topic = "platform.probes";
        String key = "order-" + UUID.randomUUID();
        String gated = id(), behind = id();
        try (Connection holder = DriverManager.getConnection(jdbcUrl, user, password.orElse(""))) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("select id from probe_gate where id = 1 for update");
            Topics.send(topic, key, gated, probe(gated, "gate"));
            Topics.send(topic, key, behind, probe(behind, "ok"));
            await().atMost(Duration.ofSeconds(60)).until(() -> readinessStatus() == 503);
            // the partition is held: the record behind the waiting one is not applied before it
            assertThat(effects(List.of(gated, behind))).isEmpty();
            holder.rollback();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(List.of(gated, behind)).size() == 2);
        List<String> inOrder = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select event_id from probe_effect where event_id in (?1, ?2) order by applied", String.class)
                .setParameter(1, gated).setParameter(2, behind).getResultList());
        assertThat(inOrder).containsExactly(gated, behind);
    }

    private List<String> effects(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select event_id from probe_effect where event_id = any(cast(?1 as varchar[]))", String.class)
                .setParameter(1, "{" + String.join(",", ids) + "}").getResultList());
    }

    /**
     * The distinct ce_ids among {@code ids} on the dead-letter topic, once at least {@code expected} of them
     * are there. Dead-lettering is at least once, like every publication: a batch delivered again before its
     * offsets were committed (a rebalance on a loaded machine) sends its poison again, under the same ce_id.
     */
    private static List<String> deadLetters(String dlq, List<String> ids, int expected) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            found.clear();
            for (ConsumerRecord<String, String> r : Topics.all(dlq, Duration.ofSeconds(2))) {
                String id = Topics.header(r, "ce_id");
                if (ids.contains(id)) {
                    assertThat(Topics.header(r, "dead-letter-reason")).isNotBlank();
                    found.add(id);
                }
            }
            return found.size() >= expected;
        });
        return List.copyOf(found);
    }

    private int readinessStatus() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static String probe(String id, String action) {
        return "{\"id\":\"" + id + "\",\"action\":\"" + action + "\"}";
    }
}

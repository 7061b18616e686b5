package org.skillscontest.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.demo.SeedScenario;
import org.skillscontest.deploy.demo.TopicAudit;
import org.skillscontest.deploy.stack.LocalStack;
import org.skillscontest.deploy.stack.Postgres;
import org.skillscontest.deploy.stack.StackSettings;
import org.skillscontest.testing.PostgresServer;

/**
 * The whole pipeline, city → provincial → national, with the three packaged services as separate
 * processes on a real Kafka broker and real PostgreSQL. Ranking is killed (SIGKILL) while it ranks
 * the city events, registration while the provincial promotions are on their way to it; both are
 * restarted, and the test checks that no promotion was lost and no fact published under two event ids.
 */
class PipelineIT {

    private static LocalStack stack;
    private static SeedScenario.Urls urls;
    private static final Api API = new Api();
    private static final List<String> crashes = new ArrayList<>();

    @BeforeAll
    static void startStack() {
        Path repository = Path.of("").toAbsolutePath().getParent();
        PostgresServer pg = PostgresServer.get();
        String prefix = "e2e_" + UUID.randomUUID().toString().substring(0, 6) + "_";
        stack = new LocalStack(StackSettings.isolated(repository, Path.of("target", "e2e-stack").toAbsolutePath(),
                Postgres.named(pg.jdbcUrl("postgres"), pg.user(), pg.password()), prefix));
        stack.start(line -> System.out.println("[stack] " + line));
        urls = new SeedScenario.Urls(stack.url("registration"), stack.url("scoring"), stack.url("ranking"));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
            stack.dropDatabases();
        }
    }

    @Test
    void entrantsTravelFromTheCitiesToTheNationalFinalThroughCrashesWithNothingLostOrDoubled() {
        String hero = new SeedScenario(urls, stack.keys(), new SeedScenario.Size(14, 8), line -> System.out.println("[demo] " + line))
                .afterLevelLocked(level -> {
                    if (level.equals("CITY")) {
                        crash("ranking");
                    } else if (level.equals("PROVINCIAL")) {
                        crash("registration");
                    }
                })
                .run();
        assertThat(crashes).containsExactly("ranking", "registration");

        // the seed path: first in Karamay, silver in Xinjiang, an excellence award at the national final
        JsonNode steps = API.get(urls.ranking() + "/api/v1/people/" + hero + "/pathway", null).get("steps");
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).get("level").asText()).isEqualTo("CITY");
        assertThat(steps.get(0).get("place").asInt()).isEqualTo(1);
        assertThat(steps.get(0).get("award").asText()).isEqualTo("GOLD");
        assertThat(steps.get(0).get("promotedTo").get("competition").asText()).isEqualTo(SeedScenario.XINJIANG);
        assertThat(steps.get(1).get("level").asText()).isEqualTo("PROVINCIAL");
        assertThat(steps.get(1).get("place").asInt()).isEqualTo(2);
        assertThat(steps.get(1).get("award").asText()).isEqualTo("SILVER");
        assertThat(steps.get(1).get("promotedTo").get("competition").asText()).isEqualTo(SeedScenario.NATIONAL);
        assertThat(steps.get(2).get("level").asText()).isEqualTo("NATIONAL");
        assertThat(steps.get(2).get("award").asText()).isEqualTo("EXCELLENCE");
        assertThat(steps.get(2).get("promotedTo").isNull()).isTrue();

        // the right entrants reached each next level: exactly those the rankings advanced, each once
        String organizer = stack.keys().token("organizer", null, "e2e", Duration.ofMinutes(10));
        int promotions = 0;
        for (String[] hop : new String[][]{{SeedScenario.KARAMAY, SeedScenario.XINJIANG}, {SeedScenario.URUMQI, SeedScenario.XINJIANG},
                {SeedScenario.XINJIANG, SeedScenario.NATIONAL}}) {
            promotions += API.get(urls.ranking() + "/api/v1/competitions/" + hop[0] + "/promotions", null).size();
        }
        for (String event : List.of("delivery-rider", "welder")) {
            for (String[] level : new String[][]{{SeedScenario.XINJIANG, SeedScenario.KARAMAY, SeedScenario.URUMQI},
                    {SeedScenario.NATIONAL, SeedScenario.XINJIANG}}) {
                Set<String> advanced = new HashSet<>();
                for (int i = 1; i < level.length; i++) {
                    for (JsonNode p : API.get(urls.ranking() + "/api/v1/events/" + level[i] + "/" + event + "/ranking", null).get("places")) {
                        if (p.get("advanced").asBoolean()) {
                            advanced.add(p.get("personId").asText());
                        }
                    }
                }
                List<String> promotedIn = new ArrayList<>();
                for (JsonNode e : API.get(urls.registration() + "/api/v1/competitions/" + level[0] + "/events/" + event
                        + "/entries?size=1000", organizer).get("items")) {
                    if (e.get("origin").asText().equals("PROMOTED")) {
                        promotedIn.add(e.get("personId").asText());
                    }
                }
                assertThat(promotedIn).as("promoted into %s/%s", level[0], event).containsExactlyInAnyOrderElementsOf(advanced);
            }
        }
        // the national level ranks and awards, and promotes nobody further
        assertThat(API.get(urls.ranking() + "/api/v1/competitions/" + SeedScenario.NATIONAL + "/promotions", null)).isEmpty();

        // a correction after the lock: the national gold medallist's theory score was mis-entered; the chief
        // judge corrects it with a reason, scoring publishes version 2, ranking re-ranks
        String nationalRider = urls.ranking() + "/api/v1/events/" + SeedScenario.NATIONAL + "/delivery-rider/ranking";
        JsonNode before = API.get(nationalRider, null);
        String gold = before.get("places").get(0).get("entryId").asText();
        String silver = before.get("places").get(1).get("entryId").asText();
        String chief = stack.keys().token("chief-judge", null, SeedScenario.NATIONAL + "-delivery-rider-chief", Duration.ofMinutes(10));
        API.expect(200, "POST", urls.scoring() + "/api/v1/events/" + SeedScenario.NATIONAL + "/delivery-rider/corrections", chief,
                java.util.Map.of("entryId", gold, "module", "theory", "mark", 0, "reason", "理论成绩录入错误 theory score mis-entered"));
        JsonNode after = null;
        for (int i = 0; i < 120 && (after == null || after.get("version").asInt() < 2); i++) {
            sleep(500);
            after = API.get(nationalRider, null);
        }
        assertThat(after.get("version").asInt()).isEqualTo(2);
        assertThat(after.get("places").get(0).get("entryId").asText()).isEqualTo(silver);
        assertThat(after.get("places").get(0).get("award").asText()).isEqualTo("GOLD");
        JsonNode trail = API.get(urls.scoring() + "/api/v1/events/" + SeedScenario.NATIONAL + "/delivery-rider/audit?entryId=" + gold,
                organizer);
        JsonNode last = trail.get(trail.size() - 1);
        assertThat(last.get("afterLock").asBoolean()).isTrue();
        assertThat(last.get("value").decimalValue()).isZero();

        // on the topics: every record a CloudEvent, no fact under two ids, every promotion registered once
        TopicAudit.Result audit = TopicAudit.read(stack.bootstrapServers());
        // at least once: a crash between the broker's ack and the outbox commit may send an event again with
        // its own id, which consumers ignore; one fact under two ids would be counted twice downstream
        assertThat(audit.doubledFacts()).as("facts published under two event ids, by topic: %s",
                audit.topics().values().stream().filter(t -> t.factsUnderSeveralIds() > 0).toList()).isZero();
        System.out.printf("[e2e] %d record(s) redelivered with the same ce_id after the crashes%n", audit.redeliveries());
        audit.topics().values().forEach(t -> assertThat(t.withoutId()).as("records without ce_id on " + t.topic()).isZero());
        List<ConsumerRecord<String, String>> promoted = audit.of(Topic.ENTRANT_PROMOTED);
        assertThat(promoted).hasSize(promotions);
        long promotedEntries = audit.of(Topic.ENTRY_REGISTERED).stream().filter(r -> r.value().contains("\"origin\":\"PROMOTED\"")).count();
        assertThat(promotedEntries).isEqualTo(promotions);
        for (Topic topic : Topic.values()) {
            audit.of(topic).forEach(r -> {
                assertThat(TopicAudit.header(r, "ce_type")).isEqualTo(topic.ceType());
                assertThat(TopicAudit.header(r, "ce_source")).startsWith("/");
                assertThat(TopicAudit.header(r, "ce_specversion")).isEqualTo("1.0");
            });
        }
        promoted.forEach(r -> assertThat(r.value()).contains("\"personId\":\"" + r.key() + "\""));
        audit.of(Topic.RESULTS_PUBLISHED).forEach(r -> assertThat(r.key()).matches("[A-Za-z0-9-]+/[A-Za-z0-9-]+"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crash would, then a restart: the service must pick up where it was. */
    private static void crash(String service) {
        System.out.println("[e2e] killing " + service + " (SIGKILL) and restarting it");
        stack.service(service).kill();
        stack.service(service).start();
        stack.service(service).awaitReady(Duration.ofSeconds(120));
        crashes.add(service);
    }
}

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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.demo.PublicityDrill;
import org.skillscontest.deploy.demo.SeedScenario;
import org.skillscontest.deploy.demo.TopicAudit;
import org.skillscontest.deploy.stack.LocalStack;
import org.skillscontest.deploy.stack.Postgres;
import org.skillscontest.deploy.dlq.DeadLetter;
import org.skillscontest.deploy.dlq.DeadLetterTopics;
import org.skillscontest.deploy.stack.StackSettings;
import org.skillscontest.deploy.stack.TraceCollector;
import org.skillscontest.subscriber.Inbox;
import org.skillscontest.subscriber.Subscriber;
import org.skillscontest.testing.PostgresServer;

/**
 * The whole pipeline, city → provincial → national, with the three packaged services as separate
 * processes on a real Kafka broker and real PostgreSQL. Ranking is killed (SIGKILL) while it ranks
 * the city events, registration while the provincial promotions are on their way to it; both are
 * restarted. A city result is corrected after its promotions went out, before the provincial level
 * is judged: the lost place is revoked and the won place promoted, on the topics and at the next level. At the
 * same point a city winner is disqualified after the lock and an advanced entrant withdraws (StatusChanges):
 * each is listed without a place, and the next ranked entrant takes the place at the provincial level.
 * The test checks that no promotion was lost and no fact published under two event ids. The reference
 * subscriber (its own module) consumes promotions and honours throughout, restarted with each crash, and
 * must hold each exactly once at the end, and put a poison record on its own dead-letter topic.
 */
class PipelineIT {

    private static LocalStack stack;
    private static SeedScenario.Urls urls;
    private static final Api API = new Api();
    private static final List<String> crashes = new ArrayList<>();
    private static List<String> warningsAtStart;
    private static String subscriberJdbcUrl;
    private static Subscriber.Settings subscriberSettings;
    private static Subscriber subscriber;
    private static TraceCollector traces;

    @BeforeAll
    static void startStack() {
        Path repository = Path.of("").toAbsolutePath().getParent();
        PostgresServer pg = PostgresServer.get();
        String prefix = "e2e_" + UUID.randomUUID().toString().substring(0, 6) + "_";
        stack = new LocalStack(StackSettings.isolated(repository, Path.of("target", "e2e-stack").toAbsolutePath(),
                Postgres.named(pg.jdbcUrl("postgres"), pg.user(), pg.password()), prefix));
        // every service exports its traces by OTLP to a local collector, which keeps them in a file
        traces = TraceCollector.start(Path.of("target", "e2e-stack", "traces.jsonl").toAbsolutePath());
        stack.exportTracesTo(traces);
        stack.start(line -> System.out.println("[stack] " + line));
        warningsAtStart = StartWarnings.in(stack.logs().entrySet().stream().filter(e -> !e.getKey().startsWith("kafka"))
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
        urls = new SeedScenario.Urls(stack.url("registration"), stack.url("scoring"), stack.url("ranking"));
        // a downstream office's subscriber, with its own database, consumer group and dead-letter topic
        subscriberJdbcUrl = pg.freshDatabase("e2e_subscriber");
        subscriberSettings = new Subscriber.Settings(stack.bootstrapServers(), Subscriber.Settings.DEFAULT_GROUP,
                Subscriber.Settings.DEFAULT_GROUP + ".dlq", subscriberJdbcUrl, pg.user(), pg.password(), java.util.Optional.empty());
        subscriber = new Subscriber(subscriberSettings).start();
    }

    @AfterAll
    static void stopStack() {
        if (traces != null) {
            traces.close();
        }
        if (subscriber != null) {
            subscriber.close();
            PostgresServer.get().dropDatabase(subscriberJdbcUrl);
        }
        if (stack != null) {
            stack.stop();
            stack.dropDatabases();
        }
    }

    /**
     * A normal start is quiet: every WARN line of a service's start is a cause to remove (issue 16), but for
     * the few that follow from deliberate settings ({@link StartWarnings#EXPLAINED}).
     */
    @Test
    void theServicesStartWithoutWarnings() {
        assertThat(warningsAtStart).as("WARN lines in the services' logs after the stack started").isEmpty();
    }

    @Test
    void entrantsTravelFromTheCitiesToTheNationalFinalThroughCrashesWithNothingLostOrDoubled() throws Exception {
        SeedScenario scenario = new SeedScenario(urls, stack.keys(), new SeedScenario.Size(14, 8), line -> System.out.println("[demo] " + line));
        scenario
                .afterLevelLocked(level -> {
                    if (level.equals("CITY")) {
                        crash("ranking");
                    } else if (level.equals("PROVINCIAL")) {
                        crash("registration");
                    }
                })
                .afterLevelPromoted(level -> {
                    if (level.equals("CITY")) {
                        correctAfterPromotion();
                    }
                })
                .withPreliminary(SeedScenario.PRELIMINARY_ENTRANTS)
                .withStatusChanges(); // a disqualification after the lock and a withdrawal after ranking, at the city level
        String hero = scenario.run();
        assertThat(crashes).containsExactly("ranking", "registration");
        assertThat(correction).as("the city correction ran").isNotNull();

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
        Set<String> promotionIds = new HashSet<>();
        for (String[] hop : new String[][]{{SeedScenario.KARAMAY, SeedScenario.XINJIANG}, {SeedScenario.URUMQI, SeedScenario.XINJIANG},
                {SeedScenario.XINJIANG, SeedScenario.NATIONAL}}) {
            API.all(urls.ranking() + "/api/v1/competitions/" + hop[0] + "/promotions", null, Api.PAGE)
                    .forEach(p -> promotionIds.add(p.get("promotionId").asText()));
        }
        int promotions = promotionIds.size();
        for (String event : List.of("delivery-rider", "welder")) {
            for (String[] level : new String[][]{{SeedScenario.XINJIANG, SeedScenario.KARAMAY, SeedScenario.URUMQI},
                    {SeedScenario.NATIONAL, SeedScenario.XINJIANG}}) {
                Set<String> advanced = new HashSet<>();
                for (int i = 1; i < level.length; i++) {
                    advanced.addAll(advanced(API.whole(urls.ranking() + "/api/v1/events/" + level[i] + "/" + event + "/ranking", null,
                            "places", Api.LONG_PAGE)));
                }
                List<String> promotedIn = new ArrayList<>();
                for (JsonNode e : API.all(urls.registration() + "/api/v1/competitions/" + level[0] + "/events/" + event
                        + "/entries", organizer, Api.LONG_PAGE)) {
                    if (e.get("origin").asText().equals("PROMOTED") && e.get("status").asText().equals("REGISTERED")) {
                        promotedIn.add(e.get("personId").asText());
                    }
                }
                assertThat(promotedIn).as("promoted into %s/%s", level[0], event).containsExactlyInAnyOrderElementsOf(advanced);
            }
        }
        // the national level ranks and awards, and promotes nobody further
        assertThat(API.all(urls.ranking() + "/api/v1/competitions/" + SeedScenario.NATIONAL + "/promotions", null, Api.PAGE)).isEmpty();

        // a correction after the lock: the national gold medallist's theory score was mis-entered; the chief
        // judge corrects it with a reason, scoring publishes version 2, ranking re-ranks
        String nationalRider = urls.ranking() + "/api/v1/events/" + SeedScenario.NATIONAL + "/delivery-rider/ranking";
        JsonNode before = API.whole(nationalRider, null, "places", Api.LONG_PAGE);
        String gold = before.get("places").get(0).get("entryId").asText();
        String silver = before.get("places").get(1).get("entryId").asText();
        String chief = stack.keys().token("chief-judge", null, SeedScenario.NATIONAL + "-delivery-rider-chief", Duration.ofMinutes(10));
        API.expect(200, "POST", urls.scoring() + "/api/v1/events/" + SeedScenario.NATIONAL + "/delivery-rider/corrections", chief,
                java.util.Map.of("entryId", gold, "module", "theory", "mark", 0, "reason", "理论成绩录入错误 theory score mis-entered"));
        JsonNode[] ranked = {before};
        Api.await("version 2 of the national delivery riders ranked", Duration.ofSeconds(180), Duration.ofMillis(250),
                () -> (ranked[0] = API.whole(nationalRider, null, "places", Api.LONG_PAGE)).get("version").asInt() == 2);
        JsonNode after = ranked[0];
        assertThat(after.get("places").get(0).get("entryId").asText()).isEqualTo(silver);
        assertThat(after.get("places").get(0).get("award").asText()).isEqualTo("GOLD");
        JsonNode trail = API.all(urls.scoring() + "/api/v1/events/" + SeedScenario.NATIONAL + "/delivery-rider/audit?entryId=" + gold,
                organizer, Api.LONG_PAGE);
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
        assertThat(distinct(promoted)).hasSize(promotions);
        long promotedEntries = distinct(audit.of(Topic.ENTRY_REGISTERED)).stream().filter(r -> r.value().contains("\"origin\":\"PROMOTED\"")).count();
        assertThat(promotedEntries).isEqualTo(promotions);
        for (Topic topic : Topic.values()) {
            audit.of(topic).forEach(r -> {
                assertThat(TopicAudit.header(r, "ce_type")).isEqualTo(topic.ceType());
                assertThat(TopicAudit.header(r, "ce_source")).startsWith("/");
                assertThat(TopicAudit.header(r, "ce_specversion")).isEqualTo("1.0");
            });
        }
        promoted.forEach(r -> assertThat(r.value()).contains("\"personId\":\"" + r.key() + "\""));

        // the city correction on the topics: the lost place revoked once, the won place promoted once, the
        // next-level entry of the revoked promotion withdrawn once
        // one record per ce_id: a redelivery after the crashes carries the id again and counts once
        List<ConsumerRecord<String, String>> revoked = distinct(audit.of(Topic.PROMOTION_REVOKED));
        List<ConsumerRecord<String, String>> promotedOnce = distinct(promoted);
        Set<String> revokedPeople = new HashSet<>(correction.lost());
        scenario.statusChanges().forEach(o -> revokedPeople.add(o.personId()));
        assertThat(revoked).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(revokedPeople);
        correction.lostPromotions().forEach(id -> assertThat(revoked).filteredOn(r -> r.value().contains("\"promotionId\":\"" + id + "\""))
                .hasSize(1));
        assertThat(promotedOnce).extracting(ConsumerRecord::key).containsAll(correction.won());
        correction.won().forEach(person -> assertThat(promotedOnce).filteredOn(r -> r.key().equals(person)
                && r.value().contains("\"competition\":\"" + SeedScenario.URUMQI + "\"")).hasSize(1));
        for (String entry : correction.withdrawnEntries()) {
            assertThat(distinct(audit.of(Topic.ENTRY_WITHDRAWN))).filteredOn(r -> r.value().contains("\"entryId\":\"" + entry + "\""))
                    .hasSize(1);
        }
        audit.of(Topic.RESULTS_PUBLISHED).forEach(r -> assertThat(r.key()).matches("[A-Za-z0-9-]+/[A-Za-z0-9-]+"));
        TracesOnTopics.check(audit, traces, hero, Path.of("target", "e2e-stack", "hero-trace.txt"));

        assertTheSubscriberHeldEachOnceAndDeadLettersPoison(promotionIds, audit);

        assertNoIdOrPhoneNumberInClear();

        assertPublicity(scenario.publicity(), hero, audit);
        assertRounds(audit);
        // the disqualification and the withdrawal after ranking: listed without place, revoked, substituted one level up
        StatusChangesOnTopics.check(audit, scenario.statusChanges());

    }

    /**
     * The reference subscriber, restarted with every crash, holds every promotion ranking made (its API) and
     * every honour on the topic, each once; it refused nothing real. Then a poison honour goes to its own
     * dead-letter topic with the reason, and a redelivered honour changes nothing.
     */
    private static void assertTheSubscriberHeldEachOnceAndDeadLettersPoison(Set<String> promotionIds, TopicAudit.Result audit)
            throws Exception {
        List<ConsumerRecord<String, String>> honours = distinct(audit.of(Topic.HONOUR_RECOMMENDED));
        Set<String> honourIds = new HashSet<>();
        for (ConsumerRecord<String, String> r : honours) {
            honourIds.add(read(r).get("honourId").asText());
        }
        PostgresServer pg = PostgresServer.get();
        try (Inbox inbox = new Inbox(subscriberJdbcUrl, pg.user(), pg.password())) {
            Api.await("the subscriber has every promotion and honour", Duration.ofSeconds(120), Duration.ofMillis(250),
                    () -> inbox.promotionIds().size() >= promotionIds.size() && inbox.honourIds().size() >= honourIds.size());
            assertThat(inbox.promotionIds()).as("promotions the subscriber holds, each once").hasSize(promotionIds.size())
                    .containsExactlyInAnyOrderElementsOf(promotionIds);
            assertThat(inbox.honourIds()).as("honours the subscriber holds, each once").hasSize(honourIds.size())
                    .containsExactlyInAnyOrderElementsOf(honourIds);
            assertThat(inbox.processedEventIds(Topic.ENTRANT_PROMOTED.topicName())).containsExactlyInAnyOrderElementsOf(
                    distinct(audit.of(Topic.ENTRANT_PROMOTED)).stream().map(r -> TopicAudit.header(r, "ce_id")).toList());
            String dlq = subscriberSettings.deadLetterTopic();
            assertThat(new DeadLetterTopics(stack.bootstrapServers()).read(List.of(dlq)).get(dlq)).as("real events refused").isEmpty();
            System.out.printf("[e2e] reference subscriber: %d promotions and %d honours, each once; %d redeliveries ignored%n",
                    promotionIds.size(), honourIds.size(), subscriber.duplicates());

            // a redelivered honour (its ce_id again) and a poison one (valid headers, a value its schema refuses)
            ConsumerRecord<String, String> again = honours.get(0);
            long duplicatesBefore = subscriber.duplicates();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(java.util.Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(again.topic(), null, again.key(), again.value(), again.headers())).get();
                RecordHeaders headers = new RecordHeaders(again.headers().toArray());
                headers.remove("ce_id");
                headers.add("ce_id", UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                // a fixed id: no run of digits that the privacy scan after this could take for a phone number
                producer.send(new ProducerRecord<>(again.topic(), null, "poison",
                        "{\"honourId\":\"badc0ffe-e000-4000-8000-0000000000aa\",\"kind\":\"GOLDEN_HANDSHAKE\"}", headers)).get();
            }
            java.util.concurrent.atomic.AtomicReference<List<DeadLetter>> dead = new java.util.concurrent.atomic.AtomicReference<>();
            Api.await("the poison honour on " + dlq, Duration.ofSeconds(60), Duration.ofMillis(250),
                    () -> !dead.updateAndGet(d -> new DeadLetterTopics(stack.bootstrapServers()).read(List.of(dlq)).get(dlq)).isEmpty());
            assertThat(dead.get()).hasSize(1);
            assertThat(dead.get().get(0).reason()).startsWith("value does not match the schema of " + Topic.HONOUR_RECOMMENDED.topicName());
            assertThat(dead.get().get(0).header(DeadLetter.ORIGIN_TOPIC)).isEqualTo(Topic.HONOUR_RECOMMENDED.topicName());
            Api.await("the redelivered honour ignored", Duration.ofSeconds(60), Duration.ofMillis(250),
                    () -> subscriber.duplicates() > duplicatesBefore);
            assertThat(inbox.honourIds()).hasSize(honourIds.size());
        }
    }

    /**
     * 公示: Urumqi has a 5-day publicity period, the other competitions none. The services run as
     * separate processes on the real clock, so Urumqi's period does not end here (its end, and FINAL
     * after an objection decided late, are tested in ranking's PublicityTest with a moved clock): its
     * results stay PROVISIONAL, with no honours, while a federation's objection was resolved by a
     * correction (version 2, the same period end) and another rejected, every step on the topic. The
     * other competitions are FINAL as soon as ranked, announced once per event, with honours.
     */
    private static void assertPublicity(PublicityDrill.Outcome drill, String hero, TopicAudit.Result audit) throws Exception {
        assertThat(drill).as("the publicity drill ran").isNotNull();
        String eventKey = Topic.eventKey(drill.competition(), drill.event());
        JsonNode ranking = API.get(urls.ranking() + "/api/v1/events/" + drill.competition() + "/" + drill.event() + "/ranking", null);
        // the correction's version, or the next one when the scenario's withdrawal after ranking (StatusChanges) hit the same event
        assertThat(ranking.get("version").asInt()).isBetween(drill.correctedVersion(), drill.correctedVersion() + 1);
        assertThat(ranking.at("/publicity/state").asText()).isEqualTo("PROVISIONAL");
        assertThat(ranking.at("/publicity/days").asInt()).isEqualTo(5);
        assertThat(ranking.at("/publicity/openObjections").asInt()).isZero();
        // every version of the event announced PROVISIONAL with the period the first one started
        List<JsonNode> versions = new ArrayList<>();
        for (ConsumerRecord<String, String> r : distinct(audit.of(Topic.EVENT_RANKED))) {
            if (r.key().equals(eventKey)) {
                versions.add(Api.JSON.readTree(r.value()));
            }
        }
        assertThat(versions).extracting(v -> v.get("version").asInt()).contains(1, drill.correctedVersion());
        assertThat(versions).allSatisfy(v -> {
            assertThat(v.at("/publicity/state").asText()).isEqualTo("PROVISIONAL");
            assertThat(v.at("/publicity/endsAt").asText()).isEqualTo(drill.endsAt());
        });
        // each step of both objections, in order, keyed by the event
        List<String> steps = new ArrayList<>();
        for (ConsumerRecord<String, String> r : distinct(audit.of(Topic.OBJECTION))) {
            assertThat(r.key()).isEqualTo(eventKey);
            JsonNode step = Api.JSON.readTree(r.value());
            String id = step.get("objectionId").asText();
            steps.add((id.equals(drill.resolved()) ? "resolved:" : id.equals(drill.rejected()) ? "rejected:" : "other:")
                    + step.get("state").asText() + (step.get("correctedVersion").isNull() ? "" : "@" + step.get("correctedVersion").asInt()));
            assertThat(step.get("reason").asText()).isNotBlank();
        }
        assertThat(steps).containsExactly("resolved:OPEN", "rejected:OPEN",
                "resolved:RESOLVED_BY_CORRECTION@" + drill.correctedVersion(), "rejected:REJECTED");
        // FINAL once per event of the competitions without a period, none for Urumqi; honours only for FINAL results
        List<String> finalised = distinct(audit.of(Topic.RESULTS_FINALISED)).stream().map(ConsumerRecord::key).toList();
        List<String> expected = new ArrayList<>(SeedScenario.events().stream().filter(e -> !e.competition().equals(SeedScenario.URUMQI))
                .map(e -> Topic.eventKey(e.competition(), e.event())).toList());
        expected.add(Topic.eventKey(SeedScenario.KARAMAY, SeedScenario.ROUNDS_EVENT)); // its final, Karamay having no period
        assertThat(finalised).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(distinct(audit.of(Topic.HONOUR_RECOMMENDED))).isNotEmpty()
                .noneMatch(r -> r.value().contains("\"competition\":\"" + SeedScenario.URUMQI + "\""));
        JsonNode city = API.get(urls.ranking() + "/api/v1/people/" + hero + "/pathway", null).get("steps").get(0);
        assertThat(city.get("honours")).as("the hero's Karamay honours, final at once").isNotEmpty();
    }

    /**
     * Karamay's courier event in rounds: the preliminary's 300 imported scores on the round topic, its
     * cut on ranking.round-ranked.v1, and the final, scored and ranked for the finalists alone.
     */
    private static void assertRounds(TopicAudit.Result audit) {
        String key = SeedScenario.KARAMAY + "/" + SeedScenario.ROUNDS_EVENT;
        List<ConsumerRecord<String, String>> prelim = distinct(audit.of(Topic.ROUND_RESULTS_PUBLISHED)).stream()
                .filter(r -> r.key().equals(key)).toList();
        assertThat(prelim).hasSize(1);
        JsonNode results = read(prelim.get(0));
        assertThat(results.get("round").asText()).isEqualTo("PRELIM");
        assertThat(results.get("results")).hasSize(SeedScenario.PRELIMINARY_ENTRANTS);
        List<ConsumerRecord<String, String>> cuts = distinct(audit.of(Topic.ROUND_RANKED)).stream()
                .filter(r -> r.key().equals(key)).toList();
        assertThat(cuts).hasSize(1);
        JsonNode cut = read(cuts.get(0));
        assertThat(cut.get("entrants").asInt()).isEqualTo(SeedScenario.PRELIMINARY_ENTRANTS);
        int finalists = cut.get("qualified").asInt();
        assertThat(finalists).isGreaterThanOrEqualTo(12); // the top 12, and any tied at the 12th place
        Set<String> qualified = new java.util.HashSet<>();
        cut.get("places").forEach(p -> {
            if (p.get("qualified").asBoolean()) {
                qualified.add(p.get("entryId").asText());
            }
        });
        List<ConsumerRecord<String, String>> finals = distinct(audit.of(Topic.RESULTS_PUBLISHED)).stream()
                .filter(r -> r.key().equals(key)).toList();
        assertThat(finals).hasSize(1);
        Set<String> finalEntries = new java.util.HashSet<>();
        read(finals.get(0)).get("results").forEach(r -> finalEntries.add(r.get("entryId").asText()));
        assertThat(finalEntries).isEqualTo(qualified);
        JsonNode ranking = API.whole(urls.ranking() + "/api/v1/events/" + key + "/ranking", null, "places", Api.LONG_PAGE);
        assertThat(ranking.get("places")).hasSize(finalists);
        assertThat(ranking.get("total").asInt()).isEqualTo(finalists);
        JsonNode stats = API.get(urls.ranking() + "/api/v1/competitions/" + SeedScenario.KARAMAY + "/statistics",
                stack.keys().token("organizer", null, "organizer-e2e", Duration.ofMinutes(5)));
        assertThat(stats.get("rounds").get(0).get("entrants").asInt()).isEqualTo(SeedScenario.PRELIMINARY_ENTRANTS);
        assertThat(stats.get("rounds").get(0).get("qualified").asInt()).isEqualTo(finalists);
    }

    private static JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return API.JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the city correction changed: people who lost and won a place at the provincial level. */
    record Correction(Set<String> lost, Set<String> won, Set<String> lostPromotions, Set<String> withdrawnEntries) {
    }

    private static Correction correction;

    /**
     * After Urumqi's welders were promoted to Xinjiang, and before Xinjiang is judged, the chief judge
     * finds that the last entrant within the quota had a mis-entered theory score and corrects it. The
     * provincial competition has not started, so ranking revokes the promotion that no longer holds and
     * promotes the entrant who now places within the quota; registration withdraws the one entry at
     * Xinjiang and registers the other, and the provincial level is judged with the corrected line-up.
     */
    /**
     * Privacy: after the whole pipeline (three levels, crashes, corrections, withdrawals), no topic record and
     * no line of the services' logs holds an ID or phone number in clear; the ID numbers an auditor reads whole
     * from registration are among those looked for.
     */
    private static void assertNoIdOrPhoneNumberInClear() {
        String auditor = stack.keys().token("auditor", null, "e2e-auditor", Duration.ofMinutes(10));
        Set<String> clear = new HashSet<>();
        for (JsonNode e : API.get(urls.registration() + "/api/v1/competitions/" + SeedScenario.KARAMAY
                + "/events/welder/entries?size=100", auditor).get("items")) {
            clear.add(e.get("idNumber").asText());
        }
        assertThat(clear).as("ID numbers an auditor reads whole").isNotEmpty()
                .allSatisfy(id -> assertThat(PrivacyScan.find("self-check", "x " + id + " y", Set.of())).isNotEmpty());
        List<Path> serviceLogs = stack.logs().entrySet().stream().filter(e -> !e.getKey().startsWith("kafka"))
                .map(java.util.Map.Entry::getValue).toList();
        PrivacyScan.Result scan = PrivacyScan.run(stack.bootstrapServers(), serviceLogs, clear);
        System.out.printf("[e2e] privacy scan: %d records on %d topics and %d lines of %d logs: %d ID or phone numbers in clear%n",
                scan.records(), scan.topics(), scan.logLines(), serviceLogs.size(), scan.findings().size());
        assertThat(scan.records()).isPositive();
        assertThat(scan.logLines()).isPositive();
        assertThat(scan.findings()).as("ID or phone numbers in clear").isEmpty();
    }

    private static void correctAfterPromotion() {
        String event = urls.ranking() + "/api/v1/events/" + SeedScenario.URUMQI + "/welder/ranking";
        JsonNode before = API.whole(event, null, "places", Api.LONG_PAGE);
        JsonNode line = null;
        for (JsonNode p : before.get("places")) {
            if (p.get("advanced").asBoolean()) {
                line = p; // places come best first: the last advancing one is on the line
            }
        }
        assertThat(line).as("someone advances from %s/welder", SeedScenario.URUMQI).isNotNull();
        Set<String> advancedBefore = advanced(before);
        String chief = stack.keys().token("chief-judge", null, SeedScenario.URUMQI + "-welder-chief", Duration.ofMinutes(10));
        API.expect(200, "POST", urls.scoring() + "/api/v1/events/" + SeedScenario.URUMQI + "/welder/corrections", chief,
                java.util.Map.of("entryId", line.get("entryId").asText(), "module", "theory", "mark", 0,
                        "reason", "理论成绩录入错误 theory score mis-entered"));
        JsonNode[] after = {before};
        Api.await("version 2 of " + SeedScenario.URUMQI + "/welder ranked", Duration.ofSeconds(180), Duration.ofMillis(250),
                () -> (after[0] = API.whole(event, null, "places", Api.LONG_PAGE)).get("version").asInt() == 2);
        Set<String> advancedAfter = advanced(after[0]);
        Set<String> lost = new HashSet<>(advancedBefore);
        lost.removeAll(advancedAfter);
        Set<String> won = new HashSet<>(advancedAfter);
        won.removeAll(advancedBefore);
        assertThat(lost).as("the corrected entrant falls below the line").contains(line.get("personId").asText());
        assertThat(won).as("someone moves up into the quota").isNotEmpty();

        // ranking: the lost promotions are revoked, the new ones active
        JsonNode promotions = API.all(urls.ranking() + "/api/v1/competitions/" + SeedScenario.URUMQI + "/promotions", null, Api.PAGE);
        Set<String> lostPromotions = new HashSet<>();
        for (JsonNode p : promotions) {
            if (!p.get("from").get("event").asText().equals("welder")) {
                continue;
            }
            String person = p.get("personId").asText();
            String status = p.get("status").asText();
            if (lost.contains(person)) {
                assertThat(status).as("promotion of %s", person).isEqualTo("REVOKED");
                lostPromotions.add(p.get("promotionId").asText());
            } else {
                assertThat(status).as("promotion of %s", person).isEqualTo("ACTIVE");
            }
        }
        assertThat(lostPromotions).hasSameSizeAs(lost);

        // registration at the next level: the lost entries withdrawn, the won ones registered as promoted
        String organizer = stack.keys().token("organizer", null, "e2e", Duration.ofMinutes(10));
        String xinjiang = urls.registration() + "/api/v1/competitions/" + SeedScenario.XINJIANG + "/events/welder/entries";
        Set<String> withdrawnEntries = new HashSet<>();
        Api.await("Xinjiang's welders follow the correction", Duration.ofSeconds(180), Duration.ofMillis(250), () -> {
            Set<String> registered = new HashSet<>();
            withdrawnEntries.clear();
            for (JsonNode e : API.all(xinjiang, organizer, Api.LONG_PAGE)) {
                String person = e.get("personId").asText();
                if (e.get("status").asText().equals("REGISTERED")) {
                    registered.add(person);
                } else if (lost.contains(person)) {
                    withdrawnEntries.add(e.get("entryId").asText());
                }
            }
            return registered.containsAll(won) && registered.stream().noneMatch(lost::contains) && withdrawnEntries.size() == lost.size();
        });
        correction = new Correction(lost, won, lostPromotions, withdrawnEntries);
        System.out.printf("[e2e] correction at %s/welder after promotion: revoked %s, promoted %s%n", SeedScenario.URUMQI, lost, won);
    }

    private static List<ConsumerRecord<String, String>> distinct(List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        return records.stream().filter(r -> seen.add(TopicAudit.header(r, "ce_id"))).toList();
    }

    private static Set<String> advanced(JsonNode ranking) {
        Set<String> people = new HashSet<>();
        for (JsonNode p : ranking.get("places")) {
            if (p.get("advanced").asBoolean()) {
                people.add(p.get("personId").asText());
            }
        }
        return people;
    }

    /** SIGKILL, as a crash would, then a restart: the service must pick up where it was. */
    private static void crash(String service) {
        // the subscriber restarts too: it must pick up from its committed position, with its dedupe intact
        subscriber.close();
        subscriber = new Subscriber(subscriberSettings).start();
        System.out.println("[e2e] killing " + service + " (SIGKILL) and restarting it");
        stack.service(service).kill();
        stack.service(service).start();
        stack.service(service).awaitReady(Duration.ofSeconds(120));
        crashes.add(service);
    }
}

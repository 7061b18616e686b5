package org.skillscontest.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.demo.SeedScenario;
import org.skillscontest.deploy.stack.KafkaNode;
import org.skillscontest.deploy.stack.LocalStack;
import org.skillscontest.deploy.stack.Pause;
import org.skillscontest.deploy.stack.ServiceProcess;

/**
 * The fault suite: the seed scenario's three levels under load on a running stack, with faults at its
 * busiest moments, then a replay of every consumed topic, then the end state against what was
 * submitted. Faults run at the scenario's hooks, while the services still consume what the step
 * before produced: crashes (SIGKILL and restart) once the intake is in, and once a level is locked
 * (ranking ranks, scoring publishes, registration takes promotions); a broker killed and restarted
 * there too; poison and corrections once promotions went out; the database stopped while scoring and
 * ranking take the intake's entrants, and again once the last level is locked (results on their way to
 * ranking): consumers hold what they are consuming until it is back, so nothing is lost or dead-lettered.
 */
public final class FaultSuite {

    /** What to do: sizes and which faults. */
    public record Plan(int perCityEvent, int nationalDirect, List<String> crashesAfterIntake, List<String> crashesAfterCityLock,
                       boolean killBroker, Duration databasePause, boolean pauseDuringIntake, boolean poison, boolean replay,
                       Duration patience) {

        /** Everything, on three brokers and two instances: every instance crashed in turn, one broker, 30 s without PostgreSQL. */
        public static Plan full(int entrants) {
            int perCity = Math.max(10, Math.min(1000, (entrants - 16) / 4));
            return new Plan(perCity, 8, List.of("registration-1", "scoring-1", "ranking-1"),
                    List.of("ranking-2", "scoring-2", "registration-2"), true, Duration.ofSeconds(30), true, true, true,
                    Duration.ofMinutes(3));
        }

        /**
         * Small enough for ./mvnw verify: one crash, one database pause, poison and the replay; it waits a minute
         * (not three) for what a fault may have lost before it measures.
         */
        public static Plan small() {
            return new Plan(12, 6, List.of(), List.of("ranking-1"), false, Duration.ofSeconds(20), false, true, true, Duration.ofSeconds(60));
        }

        int entrants() {
            return perCityEvent * 4 + nationalDirect * 2;
        }
    }

    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    private final LocalStack stack;
    private final Plan plan;
    private final Consumer<String> progress;
    private final Api api = new Api();
    private final SeedScenario.Urls urls;
    private final String organizer;
    private final TopicLog topicLog;
    private final List<FaultTable.Window> windows = new ArrayList<>();
    private final Map<String, Integer> poisonByFault = new LinkedHashMap<>();
    private final Map<String, Integer> corrections = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    public FaultSuite(LocalStack stack, Plan plan, Consumer<String> progress) {
        this.stack = stack;
        this.plan = plan;
        this.progress = progress;
        this.urls = new SeedScenario.Urls(stack.url("registration"), stack.url("scoring"), stack.url("ranking"));
        this.organizer = stack.keys().token("organizer", null, "fault-suite", Duration.ofHours(4));
        this.topicLog = new TopicLog(stack.bootstrapServers());
    }

    public FaultTable run() {
        progress.accept(String.format("load: %d entrants over 8 events at three levels; faults: crashes %s then %s%s%s%s%s",
                plan.entrants(), plan.crashesAfterIntake(), plan.crashesAfterCityLock(), plan.killBroker() ? ", one broker" : "",
                plan.databasePause() == null ? "" : ", PostgreSQL stopped " + plan.databasePause().toSeconds() + " s",
                plan.poison() ? ", poison" : "", plan.replay() ? ", replay of every consumed topic" : ""));
        try {
            new SeedScenario(urls, stack.keys(), new SeedScenario.Size(plan.perCityEvent(), plan.nationalDirect()), line -> progress.accept("  " + line))
                    .patience(plan.patience())
                    .publicityDrill(false) // its corrections are the suite's own
                    .afterRegistered(() -> {
                        if (plan.pauseDuringIntake() && plan.databasePause() != null) {
                            pauseDatabase("the intake's entrants in flight");
                        }
                        plan.crashesAfterIntake().forEach(this::crash);
                    })
                    .afterLevelLocked(level -> {
                        if (level.equals("CITY")) {
                            plan.crashesAfterCityLock().forEach(this::crash);
                            if (plan.killBroker()) {
                                killBroker();
                            }
                        } else if (level.equals("NATIONAL") && plan.databasePause() != null) {
                            pauseDatabase("national results in flight");
                        }
                    })
                    .afterLevelPromoted(level -> {
                        if (level.equals("CITY")) {
                            if (plan.poison()) {
                                poison();
                            }
                            correct(SeedScenario.URUMQI, "welder");
                            correct(SeedScenario.KARAMAY, "delivery-rider");
                        }
                    })
                    .run();
        } catch (RuntimeException e) {
            // a lost fact can stall the scenario (an event never ranked, say): measure what there is
            notes.add("the scenario stopped early: " + e.getMessage());
            progress.accept("the scenario stopped early: " + e.getMessage());
        }
        caughtUp("after the scenario");
        PipelineSnapshot before = PipelineSnapshot.read(api, urls, organizer);
        List<Finding> findings = new ArrayList<>();
        Map<String, List<ConsumerRecord<String, String>>> beforeReplay = topicLog.read(allTopics());
        findings.addAll(new Reconciliation(beforeReplay).state(before, corrections).findings());
        if (plan.replay()) {
            findings.addAll(replay(before));
        }
        Map<String, List<ConsumerRecord<String, String>>> end = topicLog.read(allTopics());
        findings.addAll(new Reconciliation(end).topics().findings());
        List<Instant> deadLetters = new ArrayList<>();
        for (Topic t : Topic.values()) {
            end.get(t.deadLetterTopic()).forEach(r -> deadLetters.add(Instant.ofEpochMilli(r.timestamp())));
        }
        return new FaultTable(windows, findings, deadLetters, poisonByFault, notes);
    }

    /** SIGKILL, then a restart: the instance must pick up where it was, its peer having taken over meanwhile. */
    private void crash(String instance) {
        ServiceProcess process = stack.allInstances().stream().filter(p -> p.name().equals(instance)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance " + instance));
        Instant start = Instant.now();
        progress.accept("FAULT: SIGKILL " + instance + ", then restart");
        process.kill();
        process.start();
        process.awaitReady(Duration.ofSeconds(240));
        windows.add(new FaultTable.Window("SIGKILL + restart " + instance, start, Instant.now()));
    }

    /** One Kafka node killed while the services produce and consume; restarted once they carried on without it for a while. */
    private void killBroker() {
        KafkaNode node = stack.kafka().nodes().get(stack.kafka().nodes().size() - 1);
        Instant start = Instant.now();
        progress.accept("FAULT: SIGKILL Kafka node " + node.name() + ", restart after 20 s");
        node.kill();
        Pause.millis(20_000);
        stack.kafka().restart(node);
        stack.kafka().awaitInSync(Duration.ofMinutes(4));
        windows.add(new FaultTable.Window("SIGKILL + restart broker " + node.name(), start, Instant.now()));
    }

    /** The stack's own PostgreSQL stopped while results travel to ranking, and started again. */
    private void pauseDatabase(String during) {
        Instant start = Instant.now();
        progress.accept("FAULT: PostgreSQL stopped for " + plan.databasePause().toSeconds() + " s, " + during);
        stack.stopPrivatePostgres();
        Pause.millis(plan.databasePause().toMillis());
        stack.startPrivatePostgres();
        windows.add(new FaultTable.Window("PostgreSQL stopped " + plan.databasePause().toSeconds() + " s, " + during, start,
                Instant.now()));
    }

    /** Poison on every consumed topic; the window lasts until each consumer had time to dead-letter it. */
    private void poison() {
        Instant start = Instant.now();
        int expected = new Poison(stack.bootstrapServers()).send();
        progress.accept("FAULT: poison records on every consumed topic (" + expected + " dead letters expected)");
        caughtUp("after the poison");
        String fault = "poison records (unreadable JSON, no ce_id)";
        windows.add(new FaultTable.Window(fault, start, Instant.now()));
        poisonByFault.merge(fault, expected, Integer::sum);
    }

    /**
     * A correction after the promotions went out, before the next level is judged: the last entrant within
     * the quota loses its theory score, so the results' next version revokes one promotion and makes another.
     */
    private void correct(String competition, String event) {
        String rankingUrl = urls.ranking() + "/api/v1/events/" + competition + "/" + event + "/ranking";
        Api.Answer ranking = api.sendWhole(rankingUrl, null, "places", Api.LONG_PAGE);
        if (ranking.status() != 200) {
            notes.add("no correction of " + competition + "/" + event + ": it is not ranked");
            return;
        }
        JsonNode line = null;
        for (JsonNode p : ranking.body().get("places")) {
            if (p.get("advanced").asBoolean()) {
                line = p;
            }
        }
        if (line == null) {
            return;
        }
        String chief = stack.keys().token("chief-judge", null, competition + "-" + event + "-chief", Duration.ofMinutes(10));
        Api.Answer answer = api.send("POST", urls.scoring() + "/api/v1/events/" + competition + "/" + event + "/corrections", chief,
                Map.of("entryId", line.get("entryId").asText(), "module", "theory", "mark", 0, "reason", "理论成绩录入错误 (fault suite)"));
        if (answer.status() != 200) {
            notes.add("correction of " + competition + "/" + event + " refused: " + answer.status() + " " + answer.body());
            return;
        }
        corrections.merge(competition + "/" + event, 1, Integer::sum);
        int version = ranking.body().get("version").asInt() + 1;
        progress.accept("correction after promotion: " + competition + "/" + event + " → results version " + version);
        try {
            Api.await(competition + "/" + event + " version " + version + " ranked", Duration.ofMinutes(3), Duration.ofMillis(500),
                    () -> api.get(rankingUrl, null).get("version").asInt() >= version);
            // the next level is judged only once registration there follows the correction (one entry withdrawn,
            // one registered), as organisers would wait for the line-up before judging
            java.util.Set<String> before = advanced(ranking.body());
            java.util.Set<String> after = advanced(api.whole(rankingUrl, null, "places", Api.LONG_PAGE));
            String next = urls.registration() + "/api/v1/competitions/" + SeedScenario.XINJIANG + "/events/" + event + "/entries";
            Api.await(SeedScenario.XINJIANG + "/" + event + " follows the correction", Duration.ofMinutes(3), Duration.ofMillis(500), () -> {
                java.util.Set<String> registered = new java.util.HashSet<>();
                api.all(next, organizer, Api.LONG_PAGE).forEach(n -> {
                    if (n.get("status").asText().equals("REGISTERED")) {
                        registered.add(n.get("personId").asText());
                    }
                });
                return registered.containsAll(after) && before.stream().filter(p -> !after.contains(p)).noneMatch(registered::contains);
            });
        } catch (IllegalStateException e) {
            notes.add(e.getMessage());
        }
    }

    private static java.util.Set<String> advanced(JsonNode ranking) {
        java.util.Set<String> people = new java.util.HashSet<>();
        ranking.get("places").forEach(p -> {
            if (p.get("advanced").asBoolean()) {
                people.add(p.get("personId").asText());
            }
        });
        return people;
    }

    /** Every consumed topic produced again from its beginning, into the running consumers: nothing may change. */
    private List<Finding> replay(PipelineSnapshot before) {
        Instant start = Instant.now();
        Map<String, List<ConsumerRecord<String, String>>> consumed = topicLog.read(TopicLog.consumedTopics());
        int poison = 0;
        for (var t : consumed.entrySet()) {
            poison += (int) t.getValue().stream().filter(r -> r.headers().lastHeader(Poison.MARK) != null).count()
                    * TopicLog.consumersOf(t.getKey());
        }
        int sent = new TopicReplay(stack.bootstrapServers()).replay(consumed);
        progress.accept("FAULT: every consumed topic replayed from the beginning (" + sent + " records)");
        caughtUp("after the replay");
        PipelineSnapshot after = PipelineSnapshot.read(api, urls, organizer);
        String fault = "replay of every consumed topic (" + sent + " records)";
        windows.add(new FaultTable.Window(fault, start, Instant.now()));
        poisonByFault.merge(fault, poison, Integer::sum);
        return Reconciliation.regressions(before, after, Instant.now());
    }

    private void caughtUp(String when) {
        if (!topicLog.awaitCaughtUp(CATCH_UP)) {
            notes.add("the consumers had not caught up " + CATCH_UP.toMinutes() + " min " + when);
        }
    }

    private static List<String> allTopics() {
        List<String> names = new ArrayList<>();
        for (Topic t : Topic.values()) {
            names.add(t.topicName());
            names.add(t.deadLetterTopic());
        }
        return names;
    }
}

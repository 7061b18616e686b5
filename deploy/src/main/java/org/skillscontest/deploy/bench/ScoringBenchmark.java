package org.skillscontest.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.stack.LocalStack;

/**
 * Scoring under load: one event with four practical modules and N entrants (registered in bulk
 * over REST), a panel of five judges per module. Measures marks entered per second through the API
 * (twenty judges, requests of up to 1,000 rows; after an untimed warm-up, first one judge after
 * another, then all twenty re-marking at once from four client threads), then the chief judge's
 * lock until every part of results version 1 is on {@code scoring.results-published.v1} and until
 * ranking has ranked the event. The same mark rows inserted by plain batched JDBC into a scratch database of the same
 * PostgreSQL server are the baseline, reported as a ratio measured in the same run.
 */
public final class ScoringBenchmark {

    private static final int REQUEST_ROWS = 1000;
    private static final int REGISTRATION_BATCH = 5000;
    private static final int JUDGES_PER_MODULE = 5;
    private static final int CLIENT_THREADS = 4;
    private static final String REGION = BenchCompetition.REGION;
    private static final String COMPETITION = "BENCH-SCORE-2027";
    private static final String EVENT = "rider";
    private static final Duration WAIT = Duration.ofMinutes(10);

    /** Four practical modules, weights summing to 100. */
    record Module(String code, String name, int maxMark, int weight) {
    }

    static final List<Module> MODULES = List.of(
            new Module("route", "路线规划与导航", 100, 30),
            new Module("delivery", "餐品配送实操", 100, 30),
            new Module("safety", "交通安全与应急处置", 100, 20),
            new Module("service", "客户服务与投诉处理", 100, 20));

    public record Result(int entrants, int judges, int marks, double sequentialSeconds, double parallelSeconds,
                         double jdbcSeconds, double lockAnswerSeconds, int parts, double resultsOnTopicSeconds,
                         double rankedSeconds, double registeredSeconds, double knownToScoringSeconds) {
        double sequentialRate() {
            return marks / sequentialSeconds;
        }

        double parallelRate() {
            return marks / parallelSeconds;
        }

        double jdbcRate() {
            return marks / jdbcSeconds;
        }
    }

    /** One request of one judge: the judge's id and the rows. */
    private record MarksRequest(String judge, List<Map<String, Object>> rows) {
    }

    private final LocalStack stack;
    private final PrintStream out;
    private final Api api = new Api();
    private final Random random = new Random(2027);
    /** Judges' tokens, signed before the clock starts. */
    private final Map<String, String> judgeTokens = new java.util.concurrent.ConcurrentHashMap<>();

    public ScoringBenchmark(LocalStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    public Result run(int entrants) throws SQLException {
        String organizer = stack.keys().token("organizer", null, "benchmark", Duration.ofHours(2));
        String registration = stack.url("registration");
        String scoringEvent = stack.url("scoring") + "/api/v1/events/" + COMPETITION + "/" + EVENT;
        String rankingUrl = stack.url("ranking") + "/api/v1/events/" + COMPETITION + "/" + EVENT + "/ranking";

        // 1. one federation, competition and event; N entrants in bulk; scoring learns of them through Kafka
        setUp(organizer, registration, entrants);
        out.printf("  registration: %,d entrants in batches of %,d …%n", entrants, REGISTRATION_BATCH);
        long t0 = System.nanoTime();
        register(registration, entrants);
        double registered = seconds(t0);
        List<String> entryIds = new ArrayList<>();
        awaitTrue("scoring knows all " + entrants + " entrants", () -> {
            Api.Answer answer = api.send("GET", scoringEvent + "/results?size=1", organizer, null);
            return answer.status() == 200 && answer.body().get("total").asInt() == entrants;
        });
        api.whole(scoringEvent + "/results", organizer, "entries", Api.LONG_PAGE).get("entries")
                .forEach(e -> entryIds.add(e.get("entryId").asText()));
        double known = seconds(t0);
        String chief = "bench-chief";
        Map<String, List<String>> panel = new LinkedHashMap<>();
        for (Module m : MODULES) {
            List<String> judges = new ArrayList<>();
            for (int j = 1; j <= JUDGES_PER_MODULE; j++) {
                judges.add("bench-" + m.code() + "-j" + j);
            }
            panel.put(m.code(), judges);
        }
        api.expect(200, "PUT", scoringEvent + "/panel", organizer, Map.of("chiefJudge", chief, "modules", panel));
        panel.values().forEach(list -> list.forEach(j -> judgeTokens.put(j,
                stack.keys().token("judge", null, j, Duration.ofHours(2)))));
        int judges = panel.values().stream().mapToInt(List::size).sum();
        int marks = entrants * judges;

        // 2. marks through the API: one judge after another, then all judges re-marking at once
        Map<String, Double> ability = new LinkedHashMap<>();
        entryIds.forEach(id -> ability.put(id, 55 + random.nextDouble() * 40));
        // warm-up, not timed: each judge's first request once, so neither pass below pays for the service's JIT alone
        Map<String, MarksRequest> warmUp = new LinkedHashMap<>();
        marksRequests(panel, entryIds, ability).forEach(r -> warmUp.putIfAbsent(r.judge(), r));
        out.printf("  warm-up: %,d marks, not timed …%n", warmUp.values().stream().mapToInt(r -> r.rows().size()).sum());
        parallel(scoringEvent, List.copyOf(warmUp.values()));
        List<MarksRequest> first = marksRequests(panel, entryIds, ability);
        out.printf("  marks: %,d by %d judges in requests of up to %,d rows, one request after another …%n", marks, judges, REQUEST_ROWS);
        t0 = System.nanoTime();
        for (MarksRequest r : first) {
            send(scoringEvent, r);
        }
        double sequential = seconds(t0);
        List<MarksRequest> second = marksRequests(panel, entryIds, ability);
        out.printf("  marks: the same %,d again (a re-mark), the %d judges at once from %d client threads …%n", marks, judges,
                CLIENT_THREADS);
        double parallel = parallel(scoringEvent, second);

        String chiefToken = stack.keys().token("chief-judge", null, chief, Duration.ofHours(2));
        for (int from = 0; from < entryIds.size(); from += REQUEST_ROWS) {
            List<Map<String, Object>> scores = new ArrayList<>();
            for (String id : entryIds.subList(from, Math.min(entryIds.size(), from + REQUEST_ROWS))) {
                scores.add(Map.of("entryId", id, "score", decimal(Math.min(100, ability.get(id) + uniform(-3, 3)))));
            }
            JsonNode answer = api.expect(200, "POST", scoringEvent + "/theory", chiefToken, Map.of("scores", scores));
            if (answer.get("rejected").asInt() > 0) {
                throw new IllegalStateException("theory scores rejected: " + answer);
            }
        }

        // 3. the lock: until every part of results version 1 is on the topic, and until ranking has ranked the event
        int parts = (entrants + ResultsPublished.MAX_PART_SIZE - 1) / ResultsPublished.MAX_PART_SIZE;
        out.printf("  lock: results version 1 in %d part(s) → %s → ranking …%n", parts, Topic.RESULTS_PUBLISHED.topicName());
        double lockAnswer;
        double onTopic;
        try (KafkaConsumer<String, String> consumer = resultsConsumer()) {
            t0 = System.nanoTime();
            api.expect(200, "POST", scoringEvent + "/lock", chiefToken, null);
            lockAnswer = seconds(t0);
            awaitParts(consumer, parts);
            onTopic = seconds(t0);
        }
        awaitTrue("ranking has ranked the event", () -> api.send("GET", rankingUrl, null, null).status() == 200);
        double ranked = seconds(t0);

        out.println("  JDBC: the same mark rows by plain batched inserts into a scratch database …");
        stack.freshDatabase("skills_bench_jdbc");
        double jdbc = jdbc(first);
        return new Result(entrants, judges, marks, sequential, parallel, jdbc, lockAnswer, parts, onTopic, ranked, registered, known);
    }

    public void report(Result r) {
        out.println();
        out.println("评分基准 Scoring benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, one machine, one run");
        out.printf("  %,d entrants, 4 modules × %d judges = %d judges, %,d marks per pass, requests of up to %,d rows, after a warm-up%n",
                r.entrants(), JUDGES_PER_MODULE, r.judges(), r.marks(), REQUEST_ROWS);
        out.printf("  REST  marks, one request after another:      %,d marks in %.1f s → %,.0f marks/s%n",
                r.marks(), r.sequentialSeconds(), r.sequentialRate());
        out.printf("  REST  marks, %d judges at once (%d threads):  %,d marks in %.1f s → %,.0f marks/s%n",
                r.judges(), CLIENT_THREADS, r.marks(), r.parallelSeconds(), r.parallelRate());
        out.printf("  JDBC  plain batched inserts (mark rows):     %,d marks in %.1f s → %,.0f marks/s%n",
                r.marks(), r.jdbcSeconds(), r.jdbcRate());
        out.printf("  ratio REST / JDBC = %.2f one after another, %.2f at once%n",
                r.sequentialRate() / r.jdbcRate(), r.parallelRate() / r.jdbcRate());
        out.printf("  锁定 lock → results: answered in %.2f s, all %d part(s) of version 1 on the topic after %.2f s, "
                + "ranked after %.2f s%n", r.lockAnswerSeconds(), r.parts(), r.resultsOnTopicSeconds(), r.rankedSeconds());
        out.printf("  (set-up: %,d entrants registered in %.1f s, all known to scoring after %.1f s)%n",
                r.entrants(), r.registeredSeconds(), r.knownToScoringSeconds());
    }

    private void setUp(String organizer, String registration, int entrants) {
        BenchCompetition.open(api, registration, organizer, COMPETITION, "评分基准测试职业技能大赛");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("code", EVENT);
        event.put("name", "网约配送员");
        event.put("occupation", "网约配送员");
        event.put("skillLevel", 4);
        event.put("capacity", entrants);
        event.put("quota", 0);
        event.put("scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10,
                "modules", MODULES.stream().map(m -> Map.of("code", m.code(), "name", m.name(), "maxMark", m.maxMark(),
                        "weight", m.weight())).toList()));
        event.put("awards", Map.of("mode", "COUNT", "gold", 1, "silver", 2, "bronze", 3, "excellence", 0));
        api.expect(201, "POST", registration + "/api/v1/competitions/" + COMPETITION + "/events", organizer, event);
    }

    private void register(String registration, int entrants) {
        String federation = stack.keys().token("federation", "BENCH-FTU", "bench", Duration.ofHours(2));
        List<RegistrationBenchmark.Row> rows = RegistrationBenchmark.rows(entrants);
        for (int from = 0; from < entrants; from += REGISTRATION_BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (RegistrationBenchmark.Row r : rows.subList(from, Math.min(entrants, from + REGISTRATION_BATCH))) {
                batch.add(Map.of("name", r.name(), "idNumber", r.idNumber(), "phone", r.phone(),
                        "employer", Map.of("name", r.employer(), "creditCode", r.creditCode()), "currentSkillLevel", 4));
            }
            Api.Answer answer = api.send("POST", registration + "/api/v1/competitions/" + COMPETITION + "/events/" + EVENT
                    + "/entries/batch", federation, Map.of("entries", batch), Map.of("Idempotency-Key", "bench-score-" + from));
            if (answer.status() != 200 || answer.body().get("rejected").size() > 0) {
                throw new IllegalStateException("batch at " + from + " answered " + answer.status() + ": " + answer.body());
            }
        }
    }

    /**
     * Every judge's marks for every entrant of the judge's module, in requests of up to 1,000 rows.
     * A judge's mark is the entrant's ability ± 2, so the counted marks spread less than the
     * tolerance (10 % of the maximum) and the lock passes.
     */
    private List<MarksRequest> marksRequests(Map<String, List<String>> panel, List<String> entryIds, Map<String, Double> ability) {
        List<MarksRequest> requests = new ArrayList<>();
        for (Module m : MODULES) {
            for (String judge : panel.get(m.code())) {
                for (int from = 0; from < entryIds.size(); from += REQUEST_ROWS) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (String id : entryIds.subList(from, Math.min(entryIds.size(), from + REQUEST_ROWS))) {
                        double mark = Math.max(0, Math.min(m.maxMark(), (ability.get(id) + uniform(-2, 2)) * m.maxMark() / 100));
                        rows.add(Map.of("entryId", id, "module", m.code(), "mark", decimal(mark),
                                "timeUsedSeconds", 1200 + random.nextInt(1200)));
                    }
                    requests.add(new MarksRequest(judge, rows));
                }
            }
        }
        return requests;
    }

    private void send(String scoringEvent, MarksRequest request) {
        JsonNode answer = api.expect(200, "POST", scoringEvent + "/marks", judgeTokens.get(request.judge()),
                Map.of("marks", request.rows()));
        if (answer.get("rejected").asInt() > 0) {
            throw new IllegalStateException(request.judge() + ": marks rejected: " + answer);
        }
    }

    /** Each judge sends the judge's requests one after another; the judges run at once on the client threads. */
    private double parallel(String scoringEvent, List<MarksRequest> requests) {
        Map<String, List<MarksRequest>> byJudge = new LinkedHashMap<>();
        requests.forEach(r -> byJudge.computeIfAbsent(r.judge(), k -> new ArrayList<>()).add(r));
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (List<MarksRequest> own : byJudge.values()) {
                running.add(pool.submit(() -> own.forEach(r -> send(scoringEvent, r))));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return seconds(t0);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A consumer of the results topic positioned at its end, so it sees only what the lock publishes. */
    private KafkaConsumer<String, String> resultsConsumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topic.RESULTS_PUBLISHED.topicName(), Duration.ofSeconds(10))
                .stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before the lock
        return consumer;
    }

    /** Polls until {@code parts} records of results version 1 of the event are on the topic. */
    private void awaitParts(KafkaConsumer<String, String> consumer, int parts) {
        String competition = "\"competition\":\"" + COMPETITION + "\"";
        int seen = 0;
        Instant deadline = Instant.now().plus(WAIT);
        while (seen < parts) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + seen + " of " + parts + " result parts reached the topic within " + WAIT);
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                if (r.value() != null && r.value().contains(competition) && r.value().contains("\"version\":1,")) {
                    seen++;
                }
            }
        }
    }

    /** The floor: the same mark rows into a table like scoring's (same columns and index), 1,000 rows per batch and commit. */
    private double jdbc(List<MarksRequest> requests) throws SQLException {
        try (Connection c = stack.postgres().connect("skills_bench_jdbc?reWriteBatchedInserts=true")) {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        create table mark (id bigserial primary key, entry_id uuid not null, event_key varchar(130) not null,
                          module varchar(64) not null, judge varchar(100) not null, mark numeric(8, 2) not null,
                          time_used_seconds bigint, recorded_by varchar(100) not null, recorded_at timestamptz not null,
                          reason varchar(500))""");
                s.execute("create index mark_current on mark (event_key, entry_id, module, judge, id desc)");
            }
            c.setAutoCommit(false);
            String key = COMPETITION + "/" + EVENT;
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into mark (entry_id, event_key, module, judge, mark, time_used_seconds, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (MarksRequest r : requests) {
                    Timestamp now = Timestamp.from(Instant.now());
                    for (Map<String, Object> row : r.rows()) {
                        insert.setObject(1, UUID.fromString((String) row.get("entryId")));
                        insert.setString(2, key);
                        insert.setString(3, (String) row.get("module"));
                        insert.setString(4, r.judge());
                        insert.setBigDecimal(5, (BigDecimal) row.get("mark"));
                        insert.setLong(6, ((Number) row.get("timeUsedSeconds")).longValue());
                        insert.setString(7, r.judge());
                        insert.setTimestamp(8, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
            return seconds(t0);
        }
    }

    private void awaitTrue(String what, BooleanSupplier condition) {
        Api.await(what, WAIT, Duration.ofMillis(100), condition);
    }

    private double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

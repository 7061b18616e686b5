package org.skillscontest.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.skillscontest.contracts.CheckCharacters;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.stack.LocalStack;

/**
 * Bulk registration through the API against the floor of what the database can take: the same
 * entrants registered over REST in batches of 5,000 (every rule checked, every entry announced
 * through the outbox), then inserted by plain batched JDBC (person and entry rows, no checks, no
 * events) into a scratch database of the same PostgreSQL server with registration's own tables. Reported as a ratio measured in
 * one run on one machine, because absolute rates move from run to run.
 */
public final class RegistrationBenchmark {

    private static final int BATCH = 5000;
    /**
     * Rows sent first on both sides, untimed, so the JIT and caches are warm when the clock runs. A
     * batch of 5,000 rows is one call of the intake: with 10,000 rows of warm-up the C2 compiler was
     * still compiling it (and taking a core) well into the timed part, so the default is larger.
     */
    public static final int DEFAULT_WARM_UP = 50_000;
    private int warmUpRows = DEFAULT_WARM_UP;
    private boolean withSubscribers;
    private static final String REGION = BenchCompetition.REGION;

    /** One entrant, as both paths write it. */
    record Row(String name, String idNumber, String gender, LocalDate birth, String phone, String employer, String creditCode) {
    }

    public record Result(int entrants, int clients, double restSeconds, double jdbcSeconds, double eventsSeconds,
                         double consumedSeconds) {
        double restRate() {
            return entrants / restSeconds;
        }

        double jdbcRate() {
            return entrants / jdbcSeconds;
        }
    }

    private final LocalStack stack;
    private final Path repository;
    private int clients = 1;
    private final PrintStream out;
    private final Api api = new Api();

    public RegistrationBenchmark(LocalStack stack, Path repository, PrintStream out) {
        this.stack = stack;
        this.repository = repository;
        this.out = out;
    }

    /**
     * {@code withSubscribers}: scoring and ranking run and consume the events while the intake runs, as
     * on a laptop; without them (the default) the intake is measured alone, as where each service has
     * its own machine: with both on two cores the subscribers take the CPU the intake would use.
     */
    public Result run(int entrants, int clients, int warmUpRows, boolean withSubscribers) throws SQLException, IOException {
        this.clients = clients;
        this.withSubscribers = withSubscribers;
        this.warmUpRows = warmUpRows;
        List<Row> all = rows(warmUpRows + entrants);
        List<Row> warmUp = all.subList(0, warmUpRows);
        List<Row> rows = all.subList(warmUpRows, all.size());
        String organizer = stack.keys().token("organizer", null, "benchmark", Duration.ofHours(2));
        String registration = stack.url("registration");
        BenchCompetition.open(api, registration, organizer, "BENCH-2027", "基准测试职业技能大赛");
        for (String code : events()) {
            api.expect(201, "POST", registration + "/api/v1/competitions/BENCH-2027/events", organizer, Map.of(
                    "code", code, "name", "网约配送员 " + code, "occupation", "网约配送员", "skillLevel", 4, "capacity", Math.max(entrants, warmUpRows),
                    "quota", 0, "scoring", Map.of("theoryWeight", 30, "practicalWeight", 70,
                            "modules", List.of(Map.of("code", "delivery", "name", "配送实操", "maxMark", 100, "weight", 100)))));
        }
        String federation = stack.keys().token("federation", "BENCH-FTU", "bench", Duration.ofHours(2));

        if (!withSubscribers) {
            stack.service("scoring").stop();
            stack.service("ranking").stop();
        }
        // the federations' systems hold their rows already: bodies are written before the clock starts, as the JDBC rows are
        List<String> warmUpBodies = bodies(warmUp);
        List<String> bodies = bodies(rows);
        out.printf("  REST: warm-up with %d entrants (not timed), then %d entrants in batches of %d from %d client(s) …%n",
                warmUpRows, entrants, BATCH, clients);
        register(registration, federation, warmUpBodies, "warm-up", k -> "warm-up");
        long t0 = System.nanoTime();
        register(registration, federation, bodies, "bench", RegistrationBenchmark::event);
        double rest = (System.nanoTime() - t0) / 1e9;
        double events = awaitEvents(warmUpRows + entrants, t0) - rest;
        // the baseline gets a quiet machine: scoring and ranking first finish consuming what the intake announced
        double consumed = awaitConsumers(t0) - rest;

        out.println("  JDBC: the same rows by plain batched inserts into a scratch database …");
        stack.freshDatabase("skills_bench_jdbc");
        double jdbc = jdbc(warmUp, rows);
        return new Result(entrants, clients, rest, jdbc, events, consumed);
    }

    public void report(Result r) {
        out.println();
        out.println("注册基准 Registration benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, one machine, one run, "
                + r.clients() + " client(s) on each side, " + warmUpRows + " rows of untimed warm-up on each side, "
                + (withSubscribers ? "scoring and ranking consuming on the same machine" : "registration alone (--with-subscribers: all three)"));
        out.printf("  REST  entries/batch (rules, batched writes, outbox):   %,d entrants in %.1f s → %,.0f entries/s%n",
                r.entrants(), r.restSeconds(), r.restRate());
        out.printf("  JDBC  plain batched inserts, same schema (person+entry): %,d entrants in %.1f s → %,.0f entries/s%n",
                r.entrants(), r.jdbcSeconds(), r.jdbcRate());
        out.printf("  ratio REST / JDBC = %.2f (goal ≥ 0.50)%n", r.restRate() / r.jdbcRate());
        out.printf("  every entry-registered event on Kafka %.1f s after the last answer%s%n", Math.max(0, r.eventsSeconds()),
                withSubscribers ? String.format("; consumed by scoring and ranking after %.1f s", Math.max(0, r.consumedSeconds())) : "");
    }

    /** Seconds since {@code t0} until no consumer group lags behind on entry-registered (none: at once). */
    private double awaitConsumers(long t0) {
        Properties p = new Properties();
        p.put("bootstrap.servers", stack.bootstrapServers());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p);
             KafkaConsumer<String, String> ends = new KafkaConsumer<>(Map.of("bootstrap.servers", (Object) stack.bootstrapServers()),
                     new StringDeserializer(), new StringDeserializer())) {
            String topic = Topic.ENTRY_REGISTERED.topicName();
            List<TopicPartition> partitions = ends.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, Long> end = ends.endOffsets(partitions);
                boolean behind = false;
                for (var group : admin.listConsumerGroups().all().get()) {
                    var committed = admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                    for (TopicPartition tp : partitions) {
                        var at = committed.get(tp);
                        behind |= at != null && at.offset() < end.get(tp);
                    }
                }
                if (!behind) {
                    return (System.nanoTime() - t0) / 1e9;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read the consumer groups' offsets: " + e.getCause(), e);
        }
        throw new IllegalStateException("the subscribers did not catch up within 15 minutes");
    }

    /** Seconds since {@code t0} until the topic holds an entry-registered event for every entrant. */
    private double awaitEvents(int entrants, long t0) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topic.ENTRY_REGISTERED.topicName(), Duration.ofSeconds(10))
                    .stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (Instant.now().isBefore(deadline)) {
                long onTopic = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
                if (onTopic >= entrants) {
                    return (System.nanoTime() - t0) / 1e9;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("not every entry-registered event reached the topic within 10 minutes");
    }

    /**
     * The baseline: the same rows inserted by plain batched JDBC (person and entry rows, no checks,
     * no events, one commit per batch) into a scratch database with registration's own schema, made
     * from its migration files, so both sides pay for the same constraints and indexes.
     */
    private double jdbc(List<Row> warmUp, List<Row> rows) throws SQLException {
        try (Connection c = stack.postgres().connect("skills_bench_jdbc"); Statement s = c.createStatement()) {
            for (Path migration : migrations()) {
                s.execute(Files.readString(migration));
            }
            s.execute("insert into federation (code, name, region_code) values ('BENCH-FTU', '克拉玛依区总工会', '" + REGION + "')");
            s.execute("""
                    insert into competition (code, name, level, region_code, edition, year, starts_on, registration_closes_at)
                    values ('BENCH-2027', '基准测试职业技能大赛', 'CITY', '650200', 1, 2027, current_date + 60, now() + interval '60 days')""");
            for (String code : events()) {
                s.execute("""
                        insert into competition_event (competition, code, name, occupation, skill_level, capacity, quota, scoring, awards)
                        values ('BENCH-2027', '%s', '网约配送员', '网约配送员', 4, %d, 0, '{}', '{}')""".formatted(code, rows.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        insert(warmUp, k -> "warm-up");
        long t0 = System.nanoTime();
        insert(rows, RegistrationBenchmark::event);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Each client's batches in turn over its own connection, one commit per batch. */
    private void insert(List<Row> rows, java.util.function.IntFunction<String> eventOf) {
        inParallel(clients, k -> {
            try (Connection c = stack.postgres().connect("skills_bench_jdbc?reWriteBatchedInserts=true")) {
                c.setAutoCommit(false);
                try (PreparedStatement person = c.prepareStatement(
                        "insert into person (id, id_number, name, gender, birth_date, phone) values (?, ?, ?, ?, ?, ?)");
                     PreparedStatement entry = c.prepareStatement("""
                             insert into entry (id, person_id, competition, event, federation, employer_name, employer_credit_code,
                                                current_skill_level, status, origin, registered_at)
                             values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    for (int from = k * BATCH; from < rows.size(); from += clients * BATCH) {
                        for (Row r : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                            UUID personId = UUID.randomUUID();
                            person.setObject(1, personId);
                            person.setString(2, r.idNumber());
                            person.setString(3, r.name());
                            person.setString(4, r.gender());
                            person.setObject(5, r.birth());
                            person.setString(6, r.phone());
                            person.addBatch();
                            entry.setObject(1, UUID.randomUUID());
                            entry.setObject(2, personId);
                            entry.setString(3, "BENCH-2027");
                            entry.setString(4, eventOf.apply(k));
                            entry.setString(5, "BENCH-FTU");
                            entry.setString(6, r.employer());
                            entry.setString(7, r.creditCode());
                            entry.setInt(8, 4);
                            entry.setString(9, "REGISTERED");
                            entry.setString(10, "DIRECT");
                            entry.setTimestamp(11, Timestamp.from(Instant.now()));
                            entry.addBatch();
                        }
                        person.executeBatch();
                        entry.executeBatch();
                        c.commit();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the JDBC baseline failed: " + e.getMessage(), e);
            }
        });
    }

    /** Each client's batches in turn, in parallel with the other clients; every row must be accepted. */
    private void register(String registration, String federation, List<String> bodies, String keyPrefix,
                          java.util.function.IntFunction<String> eventOf) {
        inParallel(clients, k -> {
            for (int i = k; i < bodies.size(); i += clients) {
                Api.Answer answer = api.sendJson("POST", registration + "/api/v1/competitions/BENCH-2027/events/" + eventOf.apply(k)
                        + "/entries/batch", federation, bodies.get(i), Map.of("Idempotency-Key", keyPrefix + "-" + i));
                JsonNode body = answer.body();
                if (answer.status() != 200 || body.get("rejected").size() > 0) {
                    throw new IllegalStateException("batch " + i + " answered " + answer.status() + ": " + body);
                }
            }
        });
    }

    private static List<String> bodies(List<Row> rows) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Row r : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                batch.add(Map.of("name", r.name(), "idNumber", r.idNumber(), "phone", r.phone(),
                        "employer", Map.of("name", r.employer(), "creditCode", r.creditCode()), "currentSkillLevel", 4));
            }
            bodies.add(Api.JSON.writeValueAsString(Map.of("entries", batch)));
        }
        return bodies;
    }

    /** The warm-up event and one event per client. */
    private List<String> events() {
        List<String> codes = new ArrayList<>(List.of("warm-up"));
        for (int k = 0; k < clients; k++) {
            codes.add(event(k));
        }
        return codes;
    }

    private static String event(int client) {
        return "rider-" + (client + 1);
    }

    /** Runs {@code work} for clients 0..n-1 at once, each on its own thread, and waits for all. */
    private static void inParallel(int n, java.util.function.IntConsumer work) {
        var threads = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int client = k;
                done.add(threads.submit(() -> work.accept(client)));
            }
            for (var f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** Registration's migrations (the platform's outbox and inbox first), in version order. */
    private List<Path> migrations() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(repository.resolve("platform/src/main/resources/db/platform"),
                repository.resolve("registration-service/src/main/resources/db/migration"))) {
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(f -> f.getFileName().toString().endsWith(".sql"))
                        .sorted(Comparator.comparing(RegistrationBenchmark::version))
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** Flyway's version of a file named {@code V1_2__what.sql}, comparable: 1.2 → "00001.00002". */
    private static String version(Path file) {
        String v = file.getFileName().toString().substring(1).split("__")[0];
        return Arrays.stream(v.split("[._]")).map(part -> "%05d".formatted(Integer.parseInt(part)))
                .reduce((a, b) -> a + "." + b).orElseThrow();
    }

    /** Distinct, valid entrants: ID numbers with the GB 11643 check digit, fifty enterprises with valid credit codes. */
    static List<Row> rows(int count) {
        List<Row> rows = new ArrayList<>(count);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇"};
        for (int i = 0; i < count; i++) {
            LocalDate birth = LocalDate.of(1972, 1, 1).plusDays(i / 900);
            String first17 = REGION + birth.toString().replace("-", "") + String.format("%03d", i % 900 + 1);
            String id = first17 + CheckCharacters.idNumber(first17);
            int enterprise = i % 50;
            rows.add(new Row(surnames[i % surnames.length] + given[(i / 8) % given.length], id,
                    (i % 900 + 1) % 2 == 1 ? "M" : "F", birth, "139" + String.format("%08d", i), "克拉玛依配送企业" + enterprise,
                    creditCode(enterprise)));
        }
        return rows;
    }

    private static String creditCode(int enterprise) {
        String first17 = "91" + REGION + String.format("%09d", 300_000 + enterprise);
        return first17 + CheckCharacters.creditCode(first17);
    }
}

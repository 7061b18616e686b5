package org.skillscontest.deploy.bench.national;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.postgresql.PGConnection;
import org.skillscontest.deploy.stack.LocalStack;

/**
 * What bounds each stage, measured on the same machine in the same run: the same entry and mark rows
 * written by plain batched JDBC and by COPY into scratch databases of the same PostgreSQL server with
 * the services' own schemas (from their migration files: same constraints and indexes), in the same
 * batches and from as many connections as the harness had clients; and Kafka's own producer and
 * consumer performance tools (kafka-tools, the broker's release) on the same broker, with records the
 * size of a promotion and the services' producer settings (acks=all, idempotent).
 */
final class Baselines {

    /** A baseline's rate: how many in how long. */
    record Rate(String name, String unit, long count, double seconds) {
        double perSecond() {
            return seconds > 0 ? count / seconds : 0;
        }
    }

    private static final String REGISTRATION_DB = "skills_bench_national_registration";
    private static final String SCORING_DB = "skills_bench_national_scoring";

    private final LocalStack stack;
    private final Path repository;
    private final int clients;

    Baselines(LocalStack stack, Path repository, int clients) {
        this.stack = stack;
        this.repository = repository;
        this.clients = clients;
    }

    // ---- PostgreSQL ---------------------------------------------------------------------------------

    /** The registration batches as person and entry rows: one batch, one commit, as the intake's. */
    Rate entriesByJdbc(List<NationalBenchmark.Batch> batches) throws SQLException {
        prepareRegistration(batches);
        long rows = batches.stream().mapToLong(b -> b.rows().size()).sum();
        long t0 = System.nanoTime();
        inParallel(batches, (c, b) -> {
            try (PreparedStatement person = c.prepareStatement(
                    "insert into person (id, id_number, name, gender, birth_date, phone) values (?, ?, ?, ?, ?, ?)");
                 PreparedStatement entry = c.prepareStatement("""
                         insert into entry (id, person_id, competition, event, federation, employer_name, employer_credit_code,
                                            current_skill_level, status, origin, registered_at)
                         values (?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', 'DIRECT', ?)""")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (People.Person p : b.rows()) {
                    UUID personId = UUID.randomUUID();
                    person.setObject(1, personId);
                    person.setString(2, p.idNumber());
                    person.setString(3, p.name());
                    person.setString(4, gender(p.idNumber()));
                    person.setObject(5, birth(p.idNumber()));
                    person.setString(6, p.phone());
                    person.addBatch();
                    entry.setObject(1, UUID.randomUUID());
                    entry.setObject(2, personId);
                    entry.setString(3, b.competition());
                    entry.setString(4, b.event());
                    entry.setString(5, b.federation());
                    entry.setString(6, p.employer());
                    entry.setString(7, p.creditCode());
                    entry.setInt(8, 4);
                    entry.setTimestamp(9, now);
                    entry.addBatch();
                }
                person.executeBatch();
                entry.executeBatch();
            }
        });
        return new Rate("plain batched JDBC (person + entry rows)", "entries", rows, seconds(t0));
    }

    /** The same rows by COPY, one COPY of each table per batch, one commit per batch. */
    Rate entriesByCopy(List<NationalBenchmark.Batch> batches) throws SQLException {
        prepareRegistration(batches);
        long rows = batches.stream().mapToLong(b -> b.rows().size()).sum();
        long t0 = System.nanoTime();
        inParallel(batches, (c, b) -> {
            StringBuilder persons = new StringBuilder();
            StringBuilder entries = new StringBuilder();
            String now = Instant.now().toString();
            for (People.Person p : b.rows()) {
                UUID personId = UUID.randomUUID();
                persons.append(personId).append(',').append(p.idNumber()).append(',').append(p.name()).append(',')
                        .append(gender(p.idNumber())).append(',').append(birth(p.idNumber())).append(',').append(p.phone()).append('\n');
                entries.append(UUID.randomUUID()).append(',').append(personId).append(',').append(b.competition()).append(',')
                        .append(b.event()).append(',').append(b.federation()).append(',').append(p.employer()).append(',')
                        .append(p.creditCode()).append(",4,REGISTERED,DIRECT,").append(now).append('\n');
            }
            try {
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("copy person (id, id_number, name, gender, birth_date, phone) from stdin (format csv)",
                        new StringReader(persons.toString()));
                copy.copyIn("""
                        copy entry (id, person_id, competition, event, federation, employer_name, employer_credit_code,
                                    current_skill_level, status, origin, registered_at) from stdin (format csv)""",
                        new StringReader(entries.toString()));
            } catch (IOException e) {
                throw new SQLException(e);
            }
        });
        return new Rate("COPY (person + entry rows)", "entries", rows, seconds(t0));
    }

    /** Marks in requests of the harness's sizes, one batch and commit per request, into scoring's own mark table. */
    Rate marksByJdbc(List<Integer> requestSizes) throws SQLException {
        prepareScoring();
        long rows = requestSizes.stream().mapToLong(Integer::longValue).sum();
        long t0 = System.nanoTime();
        inParallel(requestSizes, (c, size) -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into mark (entry_id, event_key, module, judge, mark, time_used_seconds, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Timestamp now = Timestamp.from(Instant.now());
                String judge = "judge-" + UUID.randomUUID();
                for (int i = 0; i < size; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, "C110100-2027/rider");
                    insert.setString(3, "practice");
                    insert.setString(4, judge);
                    insert.setBigDecimal(5, BigDecimal.valueOf(700 + i % 300, 1));
                    insert.setLong(6, 1200 + i);
                    insert.setString(7, judge);
                    insert.setTimestamp(8, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return new Rate("plain batched JDBC (mark rows)", "marks", rows, seconds(t0));
    }

    Rate marksByCopy(List<Integer> requestSizes) throws SQLException {
        prepareScoring();
        long rows = requestSizes.stream().mapToLong(Integer::longValue).sum();
        long t0 = System.nanoTime();
        inParallel(requestSizes, (c, size) -> {
            StringBuilder csv = new StringBuilder();
            String now = Instant.now().toString();
            String judge = "judge-" + UUID.randomUUID();
            for (int i = 0; i < size; i++) {
                csv.append(UUID.randomUUID()).append(",C110100-2027/rider,practice,").append(judge).append(',')
                        .append(BigDecimal.valueOf(700 + i % 300, 1)).append(',').append(1200 + i).append(',').append(judge).append(',')
                        .append(now).append('\n');
            }
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy mark (entry_id, event_key, module, judge, mark, time_used_seconds, recorded_by, recorded_at)
                        from stdin (format csv)""", new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException(e);
            }
        });
        return new Rate("COPY (mark rows)", "marks", rows, seconds(t0));
    }

    private void prepareRegistration(List<NationalBenchmark.Batch> batches) throws SQLException {
        stack.freshDatabase(REGISTRATION_DB);
        try (Connection c = stack.postgres().connect(REGISTRATION_DB); Statement s = c.createStatement()) {
            migrate(s, "registration-service");
            for (String federation : batches.stream().map(NationalBenchmark.Batch::federation).distinct().toList()) {
                s.execute("insert into federation (code, name, region_code) values ('%s', '区总工会', '%s')"
                        .formatted(federation, federation.substring(1)));
            }
            for (String competition : batches.stream().map(NationalBenchmark.Batch::competition).distinct().toList()) {
                s.execute("""
                        insert into competition (code, name, level, region_code, edition, year, starts_on, registration_closes_at)
                        values ('%s', '市职工职业技能大赛', 'CITY', '%s', 1, 2027, current_date + 60, now() + interval '60 days')"""
                        .formatted(competition, competition.substring(1, 7)));
            }
            for (String key : batches.stream().map(b -> b.competition() + "/" + b.event()).distinct().toList()) {
                String[] parts = key.split("/");
                s.execute("""
                        insert into competition_event (competition, code, name, occupation, skill_level, capacity, quota, scoring, awards)
                        values ('%s', '%s', '职业', '职业', 4, 5000, 3, '{}', '{}')""".formatted(parts[0], parts[1]));
            }
        }
    }

    private void prepareScoring() throws SQLException {
        stack.freshDatabase(SCORING_DB);
        try (Connection c = stack.postgres().connect(SCORING_DB); Statement s = c.createStatement()) {
            migrate(s, "scoring-service");
        }
    }

    /** A service's schema from its migration files (the platform's first), in Flyway's version order. */
    private void migrate(Statement s, String service) throws SQLException {
        try {
            List<Path> files = new ArrayList<>();
            for (Path dir : List.of(repository.resolve("platform/src/main/resources/db/platform"),
                    repository.resolve(service + "/src/main/resources/db/migration"))) {
                try (Stream<Path> listing = Files.list(dir)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted(Comparator.comparing(Baselines::version))
                            .forEach(files::add);
                }
            }
            for (Path f : files) {
                s.execute(Files.readString(f));
            }
        } catch (IOException e) {
            throw new SQLException("cannot read " + service + "'s migrations: " + e.getMessage(), e);
        }
    }

    /** Flyway's version of {@code V1_2__what.sql}, comparable: "00001.00002". */
    static String version(Path file) {
        String v = file.getFileName().toString().substring(1).split("__")[0];
        return Arrays.stream(v.split("[._]")).map(part -> "%05d".formatted(Integer.parseInt(part))).collect(Collectors.joining("."));
    }

    private static String gender(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }

    private static LocalDate birth(String idNumber) {
        return LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
    }

    private interface Work<T> {
        void run(Connection c, T item) throws SQLException;
    }

    /** The items over {@code clients} connections, each taking every clients-th item, one commit per item. */
    private <T> void inParallel(List<T> items, Work<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        String db = items.isEmpty() || items.get(0) instanceof NationalBenchmark.Batch ? REGISTRATION_DB : SCORING_DB;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int k = 0; k < clients; k++) {
                int client = k;
                running.add(pool.submit(() -> {
                    try (Connection c = stack.postgres().connect(db + "?reWriteBatchedInserts=true")) {
                        c.setAutoCommit(false);
                        for (int i = client; i < items.size(); i += clients) {
                            work.run(c, items.get(i));
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a baseline failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- Kafka --------------------------------------------------------------------------------------

    /** Kafka's own tools on the stack's broker: records/s produced (acks=all, idempotent) and consumed. */
    List<Rate> kafka(int records, int recordSize) {
        String topic = "national-benchmark.perf-" + UUID.randomUUID().toString().substring(0, 8);
        Properties p = new Properties();
        p.put("bootstrap.servers", stack.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot create " + topic + ": " + e.getCause(), e);
        }
        String produced = tool("org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(recordSize), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + stack.bootstrapServers(), "acks=all", "enable.idempotence=true");
        // "100000 records sent, 52966.1 records/sec (25.86 MB/sec), …" (the last line)
        Matcher m = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec").matcher(produced);
        double producerRate = 0;
        while (m.find()) {
            producerRate = Double.parseDouble(m.group(2));
        }
        String consumed = tool("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", stack.bootstrapServers(), "--topic", topic,
                "--messages", Integer.toString(records), "--group", "national-benchmark-perf", "--timeout", "60000");
        // a header "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, …", then the values
        double consumerRate = 0;
        List<String> lines = consumed.lines().toList();
        List<String> header = List.of();
        for (String line : lines) {
            String[] fields = line.split(",");
            if (line.contains("nMsg.sec")) {
                header = Arrays.stream(fields).map(String::trim).toList();
            } else if (!header.isEmpty() && fields.length == header.size()) { // the values, past any log lines
                consumerRate = Double.parseDouble(fields[header.indexOf("nMsg.sec")].trim());
            }
        }
        if (producerRate == 0 || consumerRate == 0) {
            throw new IllegalStateException("Kafka's performance tools said:\n" + produced + "\n" + consumed);
        }
        return List.of(new Rate("Kafka ProducerPerformance (" + recordSize + " B, acks=all, idempotent)", "records", records, records / producerRate),
                new Rate("Kafka ConsumerPerformance", "records", records, records / consumerRate));
    }

    /** Runs a Kafka tool from the release's jars (deploy/target/lib) and answers what it printed. */
    private String tool(String mainClass, String... args) {
        Path lib = repository.resolve("deploy/target/lib");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", lib + "/*", mainClass));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(mainClass + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + mainClass + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static Map<String, Object> describe(Rate r) {
        return Map.of("name", r.name(), "unit", r.unit(), "count", r.count(), "seconds", r.seconds(), "perSecond", r.perSecond());
    }
}

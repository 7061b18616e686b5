package org.skillscontest.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a service under test has stored and sent: the row count of every table of its database (as the
 * catalogue lists them, not a hand-written list) and the end offset of every partition of every topic on
 * the test broker. Two snapshots are equal when nothing was written or published in between; {@link #diff}
 * says what changed. For {@code @QuarkusTest}s: the database is the one the service is configured with.
 */
public record ServiceState(Map<String, Long> rows, Map<String, Long> offsets) {

    /** Every table of the current database outside the system schemas, as schema.table. */
    private static final String TABLES = """
            select table_schema, table_name from information_schema.tables
            where table_catalog = current_database() and table_type = 'BASE TABLE'
              and table_schema not in ('pg_catalog', 'information_schema')
            order by 1, 2""";

    public static ServiceState now() {
        try (RowCounter rows = rowCounter(); Admin broker = admin()) {
            return new ServiceState(rows.counts(), endOffsets(broker));
        }
    }

    /**
     * The state once it has stopped changing, within a minute: the transactional outbox (where the service
     * has one) has sent every row, and two snapshots {@code quiet} apart are equal (consumers idle).
     */
    public static ServiceState settled(Duration quiet) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        try (RowCounter rows = rowCounter(); Admin broker = admin()) {
            ServiceState last = new ServiceState(rows.counts(), endOffsets(broker));
            while (true) {
                sleep(quiet);
                ServiceState next = new ServiceState(rows.counts(), endOffsets(broker));
                if (next.equals(last) && rows.unsent() == 0) {
                    return next;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the service's state kept changing for a minute: " + next.diff(last));
                }
                last = next;
            }
        }
    }

    /** Only the rows. */
    public static Map<String, Long> rowCounts() {
        try (RowCounter counter = rowCounter()) {
            return counter.counts();
        }
    }

    /** Counts the rows of every table over one connection, one query a time: cheap enough after every request. */
    public static RowCounter rowCounter() {
        return new RowCounter();
    }

    /** The row counts of every table (as the catalogue lists them when it opens), over one connection. */
    public static final class RowCounter implements AutoCloseable {
        private final Connection db;
        private final String query;
        private final boolean hasOutbox;

        private RowCounter() {
            try {
                db = connect();
                List<String> tables = new ArrayList<>();
                try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(TABLES)) {
                    while (rs.next()) {
                        tables.add(quote(rs.getString(1)) + "." + quote(rs.getString(2)));
                    }
                }
                hasOutbox = tables.contains("\"public\".\"outbox\"");
                query = tables.isEmpty() ? null : String.join(" union all ", tables.stream()
                        .map(t -> "select '" + t.replace("'", "''") + "', count(*) from " + t).toList());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the service's database", e);
            }
        }

        /** The outbox's rows not yet sent to the broker; 0 for a service without an outbox. */
        public long unsent() {
            if (!hasOutbox) {
                return 0;
            }
            try (Statement statement = db.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) from outbox where sent_at is null")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the outbox's unsent rows", e);
            }
        }

        public Map<String, Long> counts() {
            Map<String, Long> counts = new TreeMap<>();
            if (query == null) {
                return counts;
            }
            try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(query)) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
                return counts;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the service's rows", e);
            }
        }

        @Override
        public void close() {
            try {
                db.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The end offset of every partition of every topic (internal ones aside), as topic-partition. */
    public static Map<String, Long> endOffsets() {
        try (Admin broker = admin()) {
            return endOffsets(broker);
        }
    }

    private static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        return Admin.create(config);
    }

    private static Map<String, Long> endOffsets(Admin admin) {
        try {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(false)).names().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<String, Long> offsets = new TreeMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> offsets.put(partition.toString(), info.offset()));
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the broker's end offsets", e);
        }
    }

    /** What differs from {@code before}, one line per table or partition ({@code entry: 3 -> 4}); empty when nothing. */
    public String diff(ServiceState before) {
        List<String> lines = new ArrayList<>();
        lines.addAll(diff("rows", before.rows, rows));
        lines.addAll(diff("offset", before.offsets, offsets));
        return String.join("\n", lines);
    }

    /** One line per name whose count differs ({@code rows entry: 3 -> 4}). */
    public static List<String> diff(String what, Map<String, Long> before, Map<String, Long> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            Long was = before.get(name);
            Long is = after.get(name);
            if (!java.util.Objects.equals(was, is)) {
                lines.add(what + " " + name + ": " + (was == null ? "none" : was) + " -> " + (is == null ? "none" : is));
            }
        }
        return lines;
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

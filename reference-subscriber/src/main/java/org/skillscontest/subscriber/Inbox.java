package org.skillscontest.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillscontest.contracts.Topic;

/**
 * The subscriber's own PostgreSQL store: what it received (promotions, honours) and, in the same
 * transaction, the id of every event it processed. A redelivered or replayed event finds its ce_id there
 * and changes nothing, across restarts. One connection, used by the consumer's thread alone.
 */
public final class Inbox implements AutoCloseable {

    /** What became of an event. */
    public enum Outcome { PROCESSED, DUPLICATE }

    /** The store cannot be reached or written now: try the same record again later, do not dead-letter it. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(SQLException cause) {
            super("the subscriber's database: " + cause.getMessage(), cause);
        }
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private static final String[] SCHEMA = {
            """
            create table if not exists processed_event (
                ce_id text primary key,
                ce_type text not null,
                ce_source text not null,
                topic text not null,
                kafka_partition int not null,
                kafka_offset bigint not null,
                processed_at timestamptz not null default now())""",
            """
            create table if not exists promotion (
                promotion_id uuid primary key,
                person_id uuid not null,
                from_competition text not null,
                from_event text not null,
                from_level text not null,
                place int not null,
                to_competition text not null,
                to_event text not null,
                to_level text not null,
                ce_id text not null references processed_event)""",
            """
            create table if not exists honour (
                honour_id uuid primary key,
                person_id uuid not null,
                kind text not null,
                level text not null,
                competition text not null,
                event text not null,
                place int not null,
                target_skill_level int,
                ce_id text not null references processed_event)"""};

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private Connection connection;

    public Inbox(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Creates the tables where they are missing (a real system would migrate them with Flyway). */
    public void createTables() {
        try (Statement s = connection().createStatement()) {
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
            connection.commit();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Applies the event once: its id and its effect commit together, so a crash between them leaves neither,
     * and the redelivered record is applied then. The same fact under a second ce_id breaks the contract
     * (its business id is stable across redelivery and replays) and is refused.
     */
    Outcome accept(CloudEvent event, ConsumerRecord<?, ?> record, JsonNode value) throws Rejected {
        Connection c = connection();
        try {
            try (PreparedStatement seen = c.prepareStatement("""
                    insert into processed_event (ce_id, ce_type, ce_source, topic, kafka_partition, kafka_offset)
                    values (?, ?, ?, ?, ?, ?) on conflict (ce_id) do nothing""")) {
                seen.setString(1, event.id());
                seen.setString(2, event.type());
                seen.setString(3, event.source());
                seen.setString(4, record.topic());
                seen.setInt(5, record.partition());
                seen.setLong(6, record.offset());
                if (seen.executeUpdate() == 0) {
                    c.rollback();
                    return Outcome.DUPLICATE;
                }
            }
            if (record.topic().equals(Topic.ENTRANT_PROMOTED.topicName())) {
                promotion(c, event, value);
            } else {
                honour(c, event, value);
            }
            c.commit();
            return Outcome.PROCESSED;
        } catch (SQLException e) {
            rollbackQuietly();
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new Rejected("the same fact was received before under another ce_id: " + e.getMessage(), e);
            }
            throw unavailable(e);
        }
    }

    private static void promotion(Connection c, CloudEvent event, JsonNode p) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into promotion (promotion_id, person_id, from_competition, from_event, from_level, place,
                                       to_competition, to_event, to_level, ce_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            JsonNode from = p.get("from");
            JsonNode to = p.get("to");
            insert.setObject(1, UUID.fromString(p.get("promotionId").asText()));
            insert.setObject(2, UUID.fromString(p.get("personId").asText()));
            insert.setString(3, from.get("competition").asText());
            insert.setString(4, from.get("event").asText());
            insert.setString(5, from.get("level").asText());
            insert.setInt(6, from.get("place").asInt());
            insert.setString(7, to.get("competition").asText());
            insert.setString(8, to.get("event").asText());
            insert.setString(9, to.get("level").asText());
            insert.setString(10, event.id());
            insert.executeUpdate();
        }
    }

    private static void honour(Connection c, CloudEvent event, JsonNode h) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into honour (honour_id, person_id, kind, level, competition, event, place, target_skill_level, ce_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, UUID.fromString(h.get("honourId").asText()));
            insert.setObject(2, UUID.fromString(h.get("personId").asText()));
            insert.setString(3, h.get("kind").asText());
            insert.setString(4, h.get("level").asText());
            insert.setString(5, h.get("competition").asText());
            insert.setString(6, h.get("event").asText());
            insert.setInt(7, h.get("place").asInt());
            insert.setObject(8, h.get("targetSkillLevel").isNull() ? null : h.get("targetSkillLevel").asInt(), java.sql.Types.INTEGER);
            insert.setString(9, event.id());
            insert.executeUpdate();
        }
    }

    /** The promotions received, by promotion id. */
    public List<String> promotionIds() {
        return ids("select promotion_id from promotion order by promotion_id");
    }

    /** The honours received, by honour id. */
    public List<String> honourIds() {
        return ids("select honour_id from honour order by honour_id");
    }

    /** The ids of the events processed from a topic. */
    public List<String> processedEventIds(String topic) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement q = connection().prepareStatement("select ce_id from processed_event where topic = ? order by ce_id")) {
            q.setString(1, topic);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            connection.commit();
            return ids;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private List<String> ids(String sql) {
        List<String> ids = new ArrayList<>();
        try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            connection.commit();
            return ids;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private Connection connection() {
        try {
            if (connection == null || !connection.isValid(2)) {
                closeQuietly();
                connection = DriverManager.getConnection(jdbcUrl, user, password);
                connection.setAutoCommit(false);
            }
            return connection;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private Unavailable unavailable(SQLException e) {
        closeQuietly(); // a fresh connection next time
        return new Unavailable(e);
    }

    private void rollbackQuietly() {
        try {
            if (connection != null) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is replaced on the next use if it is broken
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already gone
        } finally {
            connection = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}

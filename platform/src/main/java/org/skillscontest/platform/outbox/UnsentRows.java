package org.skillscontest.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.skillscontest.platform.tracing.TraceContext;

/**
 * The relay's view of the outbox table, in plain JDBC (the relay only reads and marks rows, so
 * Hibernate need not manage them): who relays, which rows come next, which were sent.
 */
@ApplicationScoped
class UnsentRows {

    /**
     * The relay's turn, for the rest of the transaction: every instance of a service shares one
     * outbox, and only the instance holding this lock relays, so rows go out in {@code seq} order
     * whatever the number of instances. A transaction-scoped advisory lock needs no lease or
     * heartbeat: when its holder dies, PostgreSQL ends the transaction and another instance takes
     * the next turn.
     */
    static final long RELAY_LOCK = UUID.nameUUIDFromBytes("outbox-relay".getBytes(StandardCharsets.UTF_8))
            .getMostSignificantBits();

    private final EntityManager em;

    UnsentRows(EntityManager em) {
        this.em = em;
    }

    /** Takes the relay's turn if no other instance holds it; false if one does. */
    boolean takeTurn() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /**
     * The oldest unsent rows, in order, holding at most {@code maxEvents} events (at least one row,
     * however large). The rows are chosen by their event counts first, so that a bundle's large
     * payload is read only when it is sent; nothing is read that will not be sent now.
     */
    List<Unsent> next(int maxEvents) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Unsent> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    with head as (select id, seq, events from outbox where sent_at is null order by seq limit ?),
                         chosen as (select id, seq from (select id, seq, sum(events) over (order by seq) - events as before
                                                         from head) h where before < ?)
                    select o.id, o.topic, o.record_key, o.type, o.subject, o.payload, o.events, o.created_at, o.traceparent, o.tracestate
                    from outbox o join chosen c on o.id = c.id order by c.seq""")) {
                select.setInt(1, maxEvents);
                select.setInt(2, maxEvents);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Unsent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
                                rs.getString(9) == null ? null : new TraceContext(rs.getString(9), rs.getString(10))));
                    }
                }
            }
            return rows;
        });
    }

    /** One statement for the batch, the ids as one array parameter. */
    void markSent(List<Unsent> rows, Instant at) {
        UUID[] ids = rows.stream().map(Unsent::id).toArray(UUID[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update outbox set sent_at = ? where id = any(?::uuid[])")) {
                update.setTimestamp(1, Timestamp.from(at));
                update.setArray(2, connection.createArrayOf("uuid", ids));
                update.executeUpdate();
            }
        });
    }

    /** Removes rows sent before {@code before} (kept until then for audit and replay). */
    int purgeSentBefore(Instant before) {
        return em.createQuery("delete from OutboxRecord r where r.sentAt < :before").setParameter("before", before).executeUpdate();
    }
}

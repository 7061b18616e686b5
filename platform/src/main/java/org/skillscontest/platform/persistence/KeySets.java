package org.skillscontest.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Which of many ids a table holds, in one statement with the ids as a single array parameter.
 * Consumers ask this once per poll of hundreds of records: an HQL {@code in (:ids)} binds one
 * parameter per id and is translated to SQL again for every list, which cost them more CPU than
 * their inserts. {@code table} and {@code column} are the caller's constants, never input.
 */
public final class KeySets {

    private KeySets() {
    }

    /** The ids among {@code ids} that {@code table.column} holds. */
    public static Set<UUID> present(EntityManager em, String table, String column, Collection<UUID> ids) {
        return query(em, "select " + column + " from " + table + " where " + column + " = any(?::uuid[])", ids);
    }

    /** Deletes the rows of {@code ids} that {@code table.column} holds; returns their ids. */
    public static Set<UUID> take(EntityManager em, String table, String column, Collection<UUID> ids) {
        return query(em, "delete from " + table + " where " + column + " = any(?::uuid[]) returning " + column, ids);
    }

    private static Set<UUID> query(EntityManager em, String sql, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        em.flush(); // plain JDBC below: let it see what this transaction wrote through Hibernate
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> found = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return found;
        });
    }
}

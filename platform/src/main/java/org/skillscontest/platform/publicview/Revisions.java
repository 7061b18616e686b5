package org.skillscontest.platform.publicview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * The revision of each public view's scope (a competition, a series): bumped in the transaction of
 * every change that view shows, read with one primary-key lookup per public request. A view kept at
 * a revision ({@link PublicViewCache}) is current exactly while the revision stays, on every instance
 * of the service, with no message between them; the revision is also the view's HTTP entity tag.
 * A scope never bumped is at revision 0.
 */
@ApplicationScoped
public class Revisions {

    private final EntityManager em;

    public Revisions(EntityManager em) {
        this.em = em;
    }

    public static String competition(String code) {
        return "competition/" + code;
    }

    public static String series(String code) {
        return "series/" + code;
    }

    /**
     * Bumps every scope, in one statement and in one order (no two transactions wait for each other's
     * rows); each row stays locked until the transaction ends, so callers bump late in the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(Collection<String> scopes) {
        String[] sorted = new TreeSet<>(scopes.stream().filter(Objects::nonNull).toList()).toArray(String[]::new);
        if (sorted.length == 0) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement bump = connection.prepareStatement("""
                    insert into public_view_revision (scope, revision)
                    select s, 1 from unnest(?::varchar[]) with ordinality as t(s, n) order by n
                    on conflict (scope) do update set revision = public_view_revision.revision + 1""")) {
                bump.setArray(1, connection.createArrayOf("varchar", sorted));
                bump.executeUpdate();
            }
        });
    }

    /** The scope's revision now: one primary-key lookup. */
    @Transactional
    public long of(String scope) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement(
                    "select revision from public_view_revision where scope = ?")) {
                read.setString(1, scope);
                try (ResultSet row = read.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        });
    }
}

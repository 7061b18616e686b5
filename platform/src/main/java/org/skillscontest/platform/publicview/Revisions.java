package org.skillscontest.platform.publicview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * The revision of each public view's scope (a competition, a series): bumped in the transaction of
 * every change that view shows, read with one primary-key lookup per public request. A view kept at
 * a revision ({@link PublicViewCache}) is current exactly while the revision stays, on every instance
 * of the service, with no message between them; the revision is also the view's HTTP entity tag.
 * A scope never bumped is at revision 0.
 */
@ApplicationScoped
public class Revisions {

    private static final Object PENDING = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    public Revisions(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    public static String competition(String code) {
        return "competition/" + code;
    }

    public static String series(String code) {
        return "series/" + code;
    }

    /**
     * Bumps every scope in this transaction, at its very end (before the commit): the revision rows are
     * then the last locks it takes, so no transaction holds one while it waits for an event's lock, and
     * all of them are bumped in one statement, in one order, so two transactions never wait for each
     * other's rows. Rolled back with the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void bump(Collection<String> scopes) {
        Set<String> pending = (Set<String>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new TreeSet<>();
            transactions.putResource(PENDING, pending);
            Set<String> ofThisTransaction = pending;
            // Hibernate's own before-completion step, after its flush and before it hands the connection back;
            // a JTA synchronization of our own would come after that, reopen the connection, and Agroal would
            // warn at every commit of a connection left open
            em.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                    .registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) session -> {
                        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                            write(ofThisTransaction);
                        }
                    });
        }
        scopes.stream().filter(Objects::nonNull).forEach(pending::add);
    }

    private void write(Set<String> scopes) {
        if (scopes.isEmpty()) {
            return;
        }
        String[] sorted = scopes.toArray(String[]::new);
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

package org.skillscontest.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * An event published under a chosen id is one outbox row however often it is published, in one
 * transaction or in several; and a transaction's rows are relayed in the order it published them.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class ChosenIdTest {

    @Inject
    Outbox outbox;

    @Inject
    DataSource db;

    @Test
    void theSameIdPublishedAgainIsOneRow() throws Exception {
        UUID id = UUID.randomUUID();
        String key = "chosen-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(outbox.publish(id, withdrawn(key, "first"), key, null)).isEqualTo(id);
            assertThat(outbox.publish(id, withdrawn(key, "again"), key, null)).isEqualTo(id);
        });
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(id, withdrawn(key, "replayed"), key, null));

        List<String> payloads = column("select payload from outbox where id = ?", id);
        assertThat(payloads).hasSize(1);
        assertThat(payloads.get(0)).contains("first");
    }

    @Test
    void oneTransactionsRowsKeepTheOrderTheyWerePublishedIn() throws Exception {
        String key = "order-" + UUID.randomUUID();
        UUID chosen = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(withdrawn(key, "one"), key, null);
            outbox.publish(chosen, withdrawn(key, "two"), key, null);
            outbox.publish(withdrawn(key, "three"), key, null);
        });

        assertThat(column("select payload from outbox where record_key = ? order by seq", key))
                .hasSize(3)
                .satisfies(rows -> {
                    assertThat(rows.get(0)).contains("one");
                    assertThat(rows.get(1)).contains("two");
                    assertThat(rows.get(2)).contains("three");
                });
    }

    private static EntryWithdrawn withdrawn(String key, String reason) {
        return new EntryWithdrawn(UUID.randomUUID(), UUID.randomUUID(), "chosen-id-test", key, reason, null);
    }

    private List<String> column(String sql, Object parameter) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}

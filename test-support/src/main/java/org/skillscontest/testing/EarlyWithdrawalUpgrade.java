package org.skillscontest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * For a service that kept early withdrawals in a table of its own ({@code pending_withdrawal}) before
 * the platform did: a database of that release keeps its tombstones when the platform's V0_3 is
 * applied out of order and the service's next migration moves them into {@code early_withdrawal}.
 * A service's test extends this and names the migration that made its own table.
 */
public abstract class EarlyWithdrawalUpgrade {

    private static final String ENTRY = "6f1c1d7e-8f43-4b0e-9a4e-2a4b3f0c9d11";

    /** The version of the service's migration that created {@code pending_withdrawal}. */
    protected abstract String ownTableMigration();

    @Test
    void anOlderDatabaseKeepsItsTombstonesInThePlatformsTable() {
        try (SchemaUpgrade db = new SchemaUpgrade("upgrade")) {
            // as the older release left it: its own table with a tombstone, no platform V0_3 applied
            db.migrateTo(ownTableMigration())
                    .execute("drop table early_withdrawal; delete from flyway_schema_history where version = '0.3'")
                    .execute("insert into pending_withdrawal (entry_id, event_key, reason, received_at) values ('"
                            + ENTRY + "', 'KRMY-17/rider', '工作调动', now())");

            db.migrate();

            assertThat(db.count("select count(*) from early_withdrawal where entry_id = '" + ENTRY + "' and reason = '工作调动'"))
                    .isEqualTo(1);
            assertThat(db.count("select count(*) from information_schema.tables where table_name = 'pending_withdrawal'")).isZero();
        }
    }

    @Test
    void aNewDatabaseHasOnlyThePlatformsTable() {
        try (SchemaUpgrade db = new SchemaUpgrade("fresh")) {
            db.migrate();
            assertThat(db.count("select count(*) from information_schema.tables where table_name = 'early_withdrawal'")).isEqualTo(1);
            assertThat(db.count("select count(*) from information_schema.tables where table_name = 'pending_withdrawal'")).isZero();
        }
    }
}

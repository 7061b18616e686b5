package org.skillscontest.ranking.domain;

import org.skillscontest.testing.EarlyWithdrawalUpgrade;

/** ranking's own {@code pending_withdrawal} (V7) moves into the platform's {@code early_withdrawal} on upgrade. */
class EarlyWithdrawalUpgradeTest extends EarlyWithdrawalUpgrade {

    @Override
    protected String ownTableMigration() {
        return "7";
    }
}

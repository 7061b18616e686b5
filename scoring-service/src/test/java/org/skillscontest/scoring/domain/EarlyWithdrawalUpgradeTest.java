package org.skillscontest.scoring.domain;

import org.skillscontest.testing.EarlyWithdrawalUpgrade;

/** scoring's own {@code pending_withdrawal} (V3) moves into the platform's {@code early_withdrawal} on upgrade. */
class EarlyWithdrawalUpgradeTest extends EarlyWithdrawalUpgrade {

    @Override
    protected String ownTableMigration() {
        return "3";
    }
}

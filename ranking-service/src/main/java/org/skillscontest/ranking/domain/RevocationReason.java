package org.skillscontest.ranking.domain;

import org.skillscontest.contracts.EntrantStatus;

/**
 * Why a promotion is revoked, for the entrant, registration (which withdraws the next-level entry
 * with it) and downstream systems: the entrant fell below the quota, withdrew, or was disqualified.
 */
public final class RevocationReason {

    private RevocationReason() {
    }

    /** The reason for a promotion out of {@code eventKey} that {@code version} no longer supports. */
    public static String of(String eventKey, int version, EntrantStatus status, String statusReason) {
        String why = statusReason == null || statusReason.isBlank() ? "" : "：" + statusReason;
        return switch (status == null ? EntrantStatus.COMPETING : status) {
            case COMPETING -> "results version " + version + " of " + eventKey + " no longer places the entrant within the quota";
            case WITHDRAWN -> "退赛" + why + " (the entrant withdrew; results version " + version + " of " + eventKey + ")";
            case DISQUALIFIED -> "取消资格" + why + " (the entrant was disqualified; results version " + version + " of " + eventKey + ")";
        };
    }
}

package org.skillscontest.ranking.service;

import java.math.BigDecimal;
import java.util.UUID;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.EntrantStatus;

/** A place of a ranking; a withdrawn or disqualified entrant is listed last, without place, award or advancement. */
public record PlaceView(Integer place, UUID entryId, UUID personId, String name, String federation, BigDecimal total,
                        BigDecimal practical, BigDecimal theory, Award award, boolean advanced, String advancementNote,
                        EntrantStatus status, String statusReason) {
}

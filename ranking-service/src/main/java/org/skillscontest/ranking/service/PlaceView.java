package org.skillscontest.ranking.service;

import java.math.BigDecimal;
import java.util.UUID;
import org.skillscontest.contracts.Award;

public record PlaceView(Integer place, UUID entryId, UUID personId, String name, String federation, BigDecimal total,
                        BigDecimal practical, BigDecimal theory, Award award, boolean advanced, String advancementNote) {
}

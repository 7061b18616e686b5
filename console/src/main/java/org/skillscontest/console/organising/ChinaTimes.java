package org.skillscontest.console.organising;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as organisers read and type them: China's local time. */
final class ChinaTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ChinaTimes() {
    }

    /** {@code 2026-05-01T10:00:00Z} → 「2026-05-01 18:00」. */
    static String shown(Instant instant) {
        return instant == null ? "—" : SHOWN.format(instant.atOffset(Typed.CHINA));
    }
}

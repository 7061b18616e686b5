package org.skillscontest.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.ScoringScheme;

/**
 * An event's score sheet: for every entrant, the marks that count, what is still missing, which
 * modules spread beyond tolerance, and the totals once complete. Competing and disqualified entrants
 * are on it; a withdrawn one only after taking part (a mark or a theory score): one who withdrew
 * before being marked did not compete and is left off (docs/domain.md, ranking). Pure: no storage,
 * no clock.
 */
public final class ScoreSheet {

    public static final String THEORY = "theory";

    /** An entrant of the event, with the status the results list them under. */
    public record Entrant(UUID entryId, UUID personId, EntrantStatus status, String statusReason) {

        public Entrant {
            status = status == null ? EntrantStatus.COMPETING : status;
        }

        /** A competing entrant. */
        public Entrant(UUID entryId, UUID personId) {
            this(entryId, personId, EntrantStatus.COMPETING, null);
        }
    }

    /** The current mark of one judge for one entrant and module. */
    public record MarkValue(UUID entryId, String module, String judge, BigDecimal mark, Long timeUsedSeconds) {
    }

    /** A module whose counted marks spread more than its tolerance. */
    public record Flag(UUID entryId, String module, BigDecimal spread, BigDecimal tolerance) {
    }

    /**
     * One entrant's line: totals are null while anything is missing; spreads of the fully marked modules.
     * Only a competing entrant's missing marks and flags hold the lock up.
     */
    public record Row(UUID entryId, UUID personId, Totals totals, long timeUsedSeconds, List<String> missing,
                      List<Flag> flags, Map<String, BigDecimal> spreads, EntrantStatus status, String statusReason) {
        public boolean complete() {
            return missing.isEmpty();
        }

        public boolean competing() {
            return status.competing();
        }
    }

    private ScoreSheet() {
    }

    public static List<Row> compute(ScoringScheme scheme, Map<String, List<String>> panel, List<Entrant> entrants,
                                    List<MarkValue> marks, Map<UUID, BigDecimal> theory) {
        Map<UUID, Map<String, Map<String, MarkValue>>> byEntry = new HashMap<>();
        for (MarkValue m : marks) {
            byEntry.computeIfAbsent(m.entryId(), k -> new HashMap<>())
                    .computeIfAbsent(m.module(), k -> new HashMap<>())
                    .put(m.judge(), m);
        }
        List<Row> rows = new ArrayList<>(entrants.size());
        for (Entrant entrant : entrants) {
            Map<String, Map<String, MarkValue>> own = byEntry.getOrDefault(entrant.entryId(), Map.of());
            if (entrant.status() == EntrantStatus.WITHDRAWN && own.isEmpty() && !theory.containsKey(entrant.entryId())) {
                continue; // withdrew before taking part
            }
            List<String> missing = new ArrayList<>();
            List<Flag> flags = new ArrayList<>();
            Map<String, PanelMarks> panels = new HashMap<>();
            Map<String, BigDecimal> spreads = new java.util.TreeMap<>();
            long timeUsed = 0;
            for (ScoringScheme.Module module : scheme.modules()) {
                List<String> judges = panel == null ? List.of() : panel.getOrDefault(module.code(), List.of());
                Map<String, MarkValue> given = own.getOrDefault(module.code(), Map.of());
                if (judges.isEmpty()) {
                    missing.add(module.code() + ": no judges on the panel");
                    continue;
                }
                List<BigDecimal> values = new ArrayList<>();
                long moduleTime = 0;
                for (String judge : judges) {
                    MarkValue m = given.get(judge);
                    if (m == null) {
                        missing.add(module.code() + "/" + judge);
                    } else {
                        values.add(m.mark());
                        moduleTime = Math.max(moduleTime, m.timeUsedSeconds() == null ? 0 : m.timeUsedSeconds());
                    }
                }
                timeUsed += moduleTime;
                if (values.size() == judges.size()) {
                    PanelMarks pm = new PanelMarks(values, module.maxMark(), scheme.tolerancePercent());
                    panels.put(module.code(), pm);
                    spreads.put(module.code(), pm.spread());
                    if (pm.flagged()) {
                        flags.add(new Flag(entrant.entryId(), module.code(), pm.spread(), pm.tolerance()));
                    }
                }
            }
            BigDecimal theoryScore = theory.get(entrant.entryId());
            if (theoryScore == null && scheme.theoryWeight() > 0) {
                missing.add(THEORY);
            }
            Totals totals = missing.isEmpty() ? Totals.of(scheme, panels, theoryScore) : null;
            rows.add(new Row(entrant.entryId(), entrant.personId(), totals, timeUsed, List.copyOf(missing), List.copyOf(flags),
                    java.util.Collections.unmodifiableMap(spreads), entrant.status(), entrant.statusReason()));
        }
        return rows;
    }
}

package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.scoring.domain.MarkRow;
import org.skillscontest.scoring.domain.PanelRequest;
import org.skillscontest.scoring.domain.TheoryRow;
import org.skillscontest.scoring.domain.Mark;
import org.skillscontest.scoring.domain.Marks;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEntry;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;
import org.skillscontest.scoring.domain.TheoryScore;
import org.skillscontest.scoring.domain.TheoryScores;
import org.skillscontest.platform.signals.DomainCounters;
import org.skillscontest.platform.signals.Signal;

/** Panels, judges' marks and theory scores, before the lock. */
@ApplicationScoped
public class Marking {

    private final ScoredEvents events;
    private final ScoredEntries entries;
    private final Marks marks;
    private final TheoryScores theory;
    private final Clock clock;
    private final DomainCounters counters;

    public Marking(ScoredEvents events, ScoredEntries entries, Marks marks, TheoryScores theory, Clock clock,
                   DomainCounters counters) {
        this.counters = counters;
        this.events = events;
        this.entries = entries;
        this.marks = marks;
        this.theory = theory;
        this.clock = clock;
    }

    @Transactional
    public ScoredEvent assignPanel(String key, PanelRequest request) {
        ScoredEvent event = events.lock(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        if (event.locked()) {
            throw ProblemException.conflict("locked", "The event is locked; its panel can no longer change.", null);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> modules = request.modules().keySet();
        for (ScoringScheme.Module m : event.scheme.modules()) {
            if (!modules.contains(m.code())) {
                errors.add(new FieldError("modules." + m.code(), "no-judges", "every module needs at least one judge"));
            }
        }
        for (String code : modules) {
            if (event.module(code) == null) {
                errors.add(new FieldError("modules." + code, "unknown-module", "the event has no module " + code));
            } else if (request.modules().get(code).isEmpty()
                    || request.modules().get(code).stream().distinct().count() != request.modules().get(code).size()) {
                errors.add(new FieldError("modules." + code, "judges", "at least one judge, each once"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        event.chiefJudge = request.chiefJudge();
        event.panel = new LinkedHashMap<>(request.modules());
        event.judgeFederations = request.judgeFederations();
        event.excludeOwnFederation = Boolean.TRUE.equals(request.excludeOwnFederation());
        entries.drawStations(event);
        return event;
    }

    /** A judge's marks, each row accepted or rejected on its own. */
    @Transactional
    public List<RowResult> mark(String key, String judge, List<MarkRow> rows) {
        ScoredEvent event = openEvent(key);
        Instant now = Instant.now(clock);
        EventEntrants entrants = new EventEntrants(entries.inRound(event));
        List<RowResult> results = new ArrayList<>(rows.size());
        List<Mark> accepted = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MarkRow row = rows.get(i);
            List<FieldError> errors = new ArrayList<>();
            ScoringScheme.Module module = event.module(row.module());
            if (module == null) {
                errors.add(new FieldError("marks[" + i + "].module", "unknown-module", "the event has no module " + row.module()));
            } else {
                if (!event.onPanel(judge, row.module())) {
                    errors.add(new FieldError("marks[" + i + "].module", "not-on-panel", "the judge is not on this module's panel"));
                }
                if (row.mark().compareTo(module.maxMark()) > 0) {
                    errors.add(new FieldError("marks[" + i + "].mark", "above-maximum", "must be at most " + module.maxMark()));
                }
            }
            ScoredEntry entry = entrants.resolve(row.entryId(), row.station(), "marks[" + i + "]", errors);
            if (entry != null && event.conflicted(judge, entry.federation)) {
                errors.add(new FieldError("marks[" + i + "].entryId", "own-federation",
                        "the judge may not mark an entrant of the judge's own federation"));
            }
            if (errors.isEmpty()) {
                Mark m = new Mark();
                m.entryId = entry.entryId;
                m.eventKey = key;
                m.module = row.module();
                m.judge = judge;
                m.mark = row.mark();
                m.timeUsedSeconds = row.timeUsedSeconds();
                m.recordedBy = judge;
                m.recordedAt = now;
                accepted.add(m);
                results.add(RowResult.accepted(i));
            } else {
                results.add(RowResult.rejected(i, errors));
            }
        }
        marks.append(accepted);
        counters.afterCommit(Signal.MARKS_ENTERED, event.level, accepted.size());
        return results;
    }

    /** Theory exam scores, imported in bulk by the chief judge or the organiser. */
    @Transactional
    public List<RowResult> theory(String key, String recordedBy, List<TheoryRow> rows) {
        ScoredEvent event = openEvent(key);
        Instant now = Instant.now(clock);
        EventEntrants entrants = new EventEntrants(entries.inRound(event));
        List<RowResult> results = new ArrayList<>(rows.size());
        List<TheoryScore> accepted = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            TheoryRow row = rows.get(i);
            List<FieldError> errors = new ArrayList<>();
            entrants.resolve(row.entryId(), null, "scores[" + i + "]", errors);
            if (errors.isEmpty()) {
                TheoryScore t = new TheoryScore();
                t.entryId = row.entryId();
                t.eventKey = key;
                t.score = row.score();
                t.recordedBy = recordedBy;
                t.recordedAt = now;
                accepted.add(t);
                results.add(RowResult.accepted(i));
            } else {
                results.add(RowResult.rejected(i, errors));
            }
        }
        theory.append(accepted);
        return results;
    }

    private ScoredEvent openEvent(String key) {
        ScoredEvent event = events.lock(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        if (event.locked()) {
            throw ProblemException.conflict("locked", "The event is locked; changes are corrections by the chief judge.", null);
        }
        return event;
    }

    /** The event's entrants, loaded once per request, found by entry id or station number. */
    private static final class EventEntrants {
        private final Map<UUID, ScoredEntry> byId = new java.util.HashMap<>();
        private final Map<Integer, ScoredEntry> byStation = new java.util.HashMap<>();

        EventEntrants(List<ScoredEntry> all) {
            for (ScoredEntry e : all) {
                byId.put(e.entryId, e);
                if (e.station != null) {
                    byStation.put(e.station, e);
                }
            }
        }

        ScoredEntry resolve(UUID entryId, Integer station, String row, List<FieldError> errors) {
            if ((entryId == null) == (station == null)) {
                errors.add(new FieldError(row + ".entryId", "entry-or-station", "give the entry id or the station number, one of them"));
                return null;
            }
            ScoredEntry entry = entryId != null ? byId.get(entryId) : byStation.get(station);
            if (entry == null) {
                errors.add(entryId != null
                        ? new FieldError(row + ".entryId", "unknown-entry", "no entry " + entryId + " in this event")
                        : new FieldError(row + ".station", "unknown-station", "no station " + station + " in this event"));
            } else if (entry.withdrawn) {
                errors.add(new FieldError(row + ".entryId", "withdrawn", "the entry was withdrawn"));
                return null;
            } else if (entry.disqualifiedAt != null) {
                errors.add(new FieldError(row + ".entryId", "disqualified", "the entrant was disqualified"));
                return null;
            }
            return entry;
        }
    }

    static Map<UUID, BigDecimal> theoryByEntry(List<TheoryScore> scores) {
        Map<UUID, BigDecimal> map = new java.util.HashMap<>();
        scores.forEach(t -> map.put(t.entryId, t.score));
        return map;
    }
}

package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.RoundResultsPublished;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.scoring.domain.CorrectionRequest;
import org.skillscontest.scoring.domain.FlagAcceptance;
import org.skillscontest.scoring.domain.FlagAcceptances;
import org.skillscontest.scoring.domain.Mark;
import org.skillscontest.scoring.domain.Marks;
import org.skillscontest.scoring.domain.ScoreSheet;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;
import org.skillscontest.scoring.domain.TheoryScore;
import org.skillscontest.scoring.domain.TheoryScores;
import org.skillscontest.platform.signals.DomainCounters;
import org.skillscontest.platform.signals.Signal;

/**
 * The chief judge's lock and corrections. Each publishes a version of the results through the
 * outbox, split into parts of at most 1,000, with event ids derived from event, version and part.
 */
@ApplicationScoped
public class Locking {

    private static final BigDecimal MAX_THEORY = BigDecimal.valueOf(100);

    private final ScoredEvents events;
    private final ScoredEntries entries;
    private final Marks marks;
    private final TheoryScores theory;
    private final FlagAcceptances acceptances;
    private final Outbox outbox;
    private final Clock clock;
    private final DomainCounters counters;

    public Locking(ScoredEvents events, ScoredEntries entries, Marks marks, TheoryScores theory, FlagAcceptances acceptances,
                   Outbox outbox, Clock clock,
                   DomainCounters counters) {
        this.counters = counters;
        this.events = events;
        this.entries = entries;
        this.marks = marks;
        this.theory = theory;
        this.acceptances = acceptances;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The sheet as it stands: what the chief judge looks at before locking. */
    @Transactional
    public List<ScoreSheet.Row> sheet(String key) {
        return sheet(events.findByIdOptional(key).orElseThrow(() -> ProblemException.notFound("Event " + key)));
    }

    /** Locks the event and publishes results version 1, or refuses with everything still missing or flagged. */
    @Transactional
    public int lock(String key, String chiefJudge) {
        ScoredEvent event = events.lock(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        requireChief(event, chiefJudge);
        if (event.locked()) {
            throw ProblemException.conflict("locked", "The event is locked already (results version " + event.resultsVersion + ").", null);
        }
        List<ScoreSheet.Row> rows = sheet(event);
        java.util.Set<String> accepted = acceptances.accepted(key);
        List<FieldError> problems = new ArrayList<>();
        // withdrawn and disqualified entrants are listed as they stand: nothing of theirs holds the lock up
        for (ScoreSheet.Row row : rows.stream().filter(ScoreSheet.Row::competing).toList()) {
            row.missing().forEach(m -> problems.add(new FieldError("entries[" + row.entryId() + "]", "missing-mark", "missing " + m)));
            row.flags().stream().filter(f -> !accepted.contains(f.entryId() + "/" + f.module())).forEach(f -> problems.add(new FieldError("entries[" + row.entryId() + "]." + f.module(), "tolerance-flag",
                    "counted marks spread " + f.spread() + ", more than the tolerance " + f.tolerance())));
        }
        if (rows.stream().noneMatch(ScoreSheet.Row::competing)) {
            problems.add(new FieldError("entries", "no-entries", "the event has no active entries"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.conflict("not-lockable", "The event cannot be locked yet: " + problems.size() + " problem(s).", problems);
        }
        event.lockedAt = Instant.now(clock);
        publish(event, rows);
        return event.resultsVersion;
    }

    /** A correction after the lock: a new mark (or theory score) row with its reason, and the next results version. */
    @Transactional
    public int correct(String key, String chiefJudge, CorrectionRequest request) {
        ScoredEvent event = events.lock(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        requireChief(event, chiefJudge);
        if (!event.locked()) {
            throw ProblemException.conflict("not-locked", "Before the lock, judges re-mark; corrections are for locked events.", null);
        }
        var entry = entries.inRound(event, request.entryId());
        if (entry == null) {
            throw ProblemException.invalid("entryId", "unknown-entry", "no entry " + request.entryId() + " in this event");
        }
        if (entry.withdrawn) {
            throw ProblemException.invalid("entryId", "withdrawn", "the entry was withdrawn");
        }
        Instant now = Instant.now(clock);
        if (ScoreSheet.THEORY.equals(request.module())) {
            if (request.mark().compareTo(MAX_THEORY) > 0) {
                throw ProblemException.invalid("mark", "above-maximum", "a theory score is at most " + MAX_THEORY);
            }
            TheoryScore t = new TheoryScore();
            t.entryId = request.entryId();
            t.eventKey = key;
            t.score = request.mark();
            t.recordedBy = chiefJudge;
            t.recordedAt = now;
            t.reason = request.reason();
            theory.persist(t);
        } else {
            var module = event.module(request.module());
            if (module == null) {
                throw ProblemException.invalid("module", "unknown-module", "the event has no module " + request.module());
            }
            if (request.judge() == null || !event.onPanel(request.judge(), request.module())) {
                throw ProblemException.invalid("judge", "not-on-panel", "the judge is not on this module's panel");
            }
            if (request.mark().compareTo(module.maxMark()) > 0) {
                throw ProblemException.invalid("mark", "above-maximum", "must be at most " + module.maxMark());
            }
            Mark m = new Mark();
            m.entryId = request.entryId();
            m.eventKey = key;
            m.module = request.module();
            m.judge = request.judge();
            m.mark = request.mark();
            m.recordedBy = chiefJudge;
            m.recordedAt = now;
            m.reason = request.reason();
            marks.persist(m);
        }
        marks.flush();
        publish(event, sheet(event));
        return event.resultsVersion;
    }

    /** The chief judge accepts a module's spread beyond tolerance, with a reason; the lock then passes it. */
    @Transactional
    public void acceptFlag(String key, String chiefJudge, UUID entryId, String module, String reason) {
        ScoredEvent event = events.lock(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        requireChief(event, chiefJudge);
        var entry = entries.inRound(event, entryId);
        if (entry == null) {
            throw ProblemException.invalid("entryId", "unknown-entry", "no entry " + entryId + " in this event");
        }
        if (event.module(module) == null) {
            throw ProblemException.invalid("module", "unknown-module", "the event has no module " + module);
        }
        boolean flagged = sheet(event).stream().filter(r -> r.entryId().equals(entryId))
                .flatMap(r -> r.flags().stream()).anyMatch(f -> f.module().equals(module));
        if (!flagged) {
            throw ProblemException.conflict("not-flagged", "Entry " + entryId + " has no tolerance flag on " + module + ".", null);
        }
        if (acceptances.count("eventKey = ?1 and entryId = ?2 and module = ?3", key, entryId, module) == 0) {
            FlagAcceptance a = new FlagAcceptance();
            a.eventKey = key;
            a.entryId = entryId;
            a.module = module;
            a.acceptedBy = chiefJudge;
            a.acceptedAt = Instant.now(clock);
            a.reason = reason;
            acceptances.persist(a);
        }
    }

    /**
     * The next results version at once, as the sheet stands: after a disqualification or a withdrawal
     * of a locked event's entrant. The caller holds the event's row lock ({@code ScoredEvents.lock}).
     */
    int publishNextVersion(ScoredEvent event) {
        entries.flush(); // the sheet reads the entrant's new status
        publish(event, sheet(event));
        return event.resultsVersion;
    }

    /**
     * Every mark and theory score ever given, and every withdrawal and disqualification, oldest first, with
     * the value each replaced; at one instant marks first, then theory scores, then status changes.
     */
    @Transactional
    public List<AuditLine> audit(String key, UUID entryId) {
        ScoredEvent event = events.findByIdOptional(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        java.util.Map<UUID, Integer> stations = new java.util.HashMap<>();
        entries.inRound(event).forEach(e -> stations.put(e.entryId, e.station));
        java.util.Map<String, java.math.BigDecimal> last = new java.util.HashMap<>();
        List<AuditLine> lines = new ArrayList<>();
        String filter = entryId == null ? "eventKey = ?1" : "eventKey = ?1 and entryId = ?2";
        Object[] params = entryId == null ? new Object[]{key} : new Object[]{key, entryId};
        for (Mark m : marks.list(filter + " order by id", params)) {
            String slot = m.entryId + "/" + m.module + "/" + m.judge;
            lines.add(new AuditLine(m.entryId, stations.get(m.entryId), m.module, m.judge, last.put(slot, m.mark), m.mark,
                    m.recordedBy, m.recordedAt, m.reason, event.lockedAt != null && m.recordedAt.isAfter(event.lockedAt)));
        }
        for (TheoryScore t : theory.list(filter + " order by id", params)) {
            String slot = t.entryId + "/theory";
            lines.add(new AuditLine(t.entryId, stations.get(t.entryId), ScoreSheet.THEORY, null, last.put(slot, t.score), t.score,
                    t.recordedBy, t.recordedAt, t.reason, event.lockedAt != null && t.recordedAt.isAfter(event.lockedAt)));
        }
        entries.list(filter + " order by entryId", params).forEach(e -> lines.addAll(AuditLine.statusChanges(e, event.lockedAt)));
        // a stable sort of lines read in a fixed order (marks, scores, status changes, each by id): the
        // same order on every read, so the API's pages of it neither repeat nor skip a line
        lines.sort(java.util.Comparator.comparing(AuditLine::recordedAt));
        return lines;
    }

    static void requireChief(ScoredEvent event, String judge) {
        if (!event.headedBy(judge)) {
            throw ProblemException.forbidden("Only the event's chief judge (裁判长) may lock and correct it.");
        }
    }

    private List<ScoreSheet.Row> sheet(ScoredEvent event) {
        // everyone of the round, the withdrawn and disqualified listed with their status
        List<ScoreSheet.Entrant> entrants = entries.inRound(event).stream()
                .map(e -> new ScoreSheet.Entrant(e.entryId, e.personId, e.status(), e.statusReason())).toList();
        List<ScoreSheet.MarkValue> values = marks.current(event.key).stream()
                .map(m -> new ScoreSheet.MarkValue(m.entryId, m.module, m.judge, m.mark, m.timeUsedSeconds)).toList();
        return ScoreSheet.compute(event.scheme, event.panel, entrants, values, Marking.theoryByEntry(theory.current(event.key)));
    }

    /**
     * The next results version, in parts. The final round's (an event of one round is its own final)
     * are the event's results on {@code scoring.results-published.v1}; an earlier round's go to
     * {@code scoring.round-results-published.v1} for its cut. Both are keyed by the event.
     */
    private void publish(ScoredEvent event, List<ScoreSheet.Row> rows) {
        event.resultsVersion++;
        // withdrawn and disqualified entrants are listed with what they have (docs/domain.md, ranking)
        List<ResultsPublished.Result> results = rows.stream()
                .filter(r -> r.complete() || !r.competing())
                .map(r -> new ResultsPublished.Result(r.entryId(), r.personId(), r.totals() == null ? null : r.totals().theory(),
                        r.totals() == null ? null : r.totals().practical(), r.totals() == null ? null : r.totals().total(),
                        r.timeUsedSeconds(), r.status(), r.statusReason()))
                .toList();
        int size = ResultsPublished.MAX_PART_SIZE;
        int parts = Math.max(1, (results.size() + size - 1) / size);
        for (int part = 1; part <= parts; part++) {
            List<ResultsPublished.Result> slice = List.copyOf(results.subList((part - 1) * size, Math.min(results.size(), part * size)));
            String name = (event.earlierRound() ? "round-results/" : "results/") + event.key + "/" + event.resultsVersion + "/" + part;
            UUID eventId = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
            Record value = event.earlierRound()
                    ? new RoundResultsPublished(event.competition, event.event, event.round, event.resultsVersion, part, parts, slice)
                    : new ResultsPublished(event.competition, event.event, event.resultsVersion, part, parts, slice, event.chiefJudge);
            outbox.publish(eventId, value, event.eventKey(), event.key);
        }
        counters.afterCommit(Signal.RESULTS_PUBLISHED, event.level, 1);
    }
}

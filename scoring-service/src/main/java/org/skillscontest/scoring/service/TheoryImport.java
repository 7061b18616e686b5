package org.skillscontest.scoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.skillscontest.platform.persistence.IdempotentRequests;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.security.IdNumberDigest;
import org.skillscontest.scoring.domain.ImportedScore;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEntry;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;

/**
 * A round's theory scores imported in bulk from an outside exam platform (the Jilin preliminary:
 * 42,650 entrants on a phone app), under an {@code Idempotency-Key}: each row is accepted or
 * rejected on its own, accepted rows are written in JDBC batches, and a retry with the same key gets
 * the first answer without writing anything. A row names its entrant by entry id or by ID number;
 * the number is matched through its keyed digest and never stored or echoed.
 */
@ApplicationScoped
public class TheoryImport {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    /** The import's answer: counts, and each rejected row with its errors (accepted rows are not listed). */
    public record Answer(int imported, int rejected, List<RowResult> rejections) {
    }

    private final ScoredEvents events;
    private final ScoredEntries entries;
    private final IdempotentRequests requests;
    private final IdNumberDigest digest;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public TheoryImport(ScoredEvents events, ScoredEntries entries, IdempotentRequests requests, IdNumberDigest digest,
                        EntityManager em, ObjectMapper json, Clock clock) {
        this.events = events;
        this.entries = entries;
        this.requests = requests;
        this.digest = digest;
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public byte[] importScores(String key, String importedBy, String idempotencyKey, List<ImportedScore> rows) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.invalid("Idempotency-Key", "required", "an import needs an Idempotency-Key header (1–200 characters)");
        }
        IdempotentRequests.Key claim = requests.keyOf("theory-import/" + key, idempotencyKey, key, rows);
        return requests.once(claim, () -> run(key, importedBy, rows));
    }

    private Answer run(String key, String importedBy, List<ImportedScore> rows) {
        ScoredEvent round = events.lock(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        if (round.locked()) {
            throw ProblemException.conflict("locked", "The round is locked; changes are corrections by the chief judge.", null);
        }
        Map<UUID, ScoredEntry> byId = new HashMap<>();
        Map<String, ScoredEntry> byDigest = new HashMap<>();
        for (ScoredEntry e : entries.inRound(round)) {
            byId.put(e.entryId, e);
            if (e.idNumberDigest != null) {
                byDigest.put(e.idNumberDigest, e);
            }
        }
        Set<UUID> seen = new HashSet<>();
        List<RowResult> rejections = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportedScore row = rows.get(i);
            String at = "scores[" + i + "]";
            List<FieldError> errors = new ArrayList<>();
            ScoredEntry entry = null;
            if ((row.entryId() == null) == (row.idNumber() == null)) {
                errors.add(new FieldError(at + ".entryId", "entry-or-id-number", "give the entry id or the ID number, one of them"));
            } else if (row.entryId() != null) {
                entry = byId.get(row.entryId());
                if (entry == null) {
                    errors.add(new FieldError(at + ".entryId", "unknown-entry", "no entry " + row.entryId() + " in this round"));
                }
            } else if (!ID_NUMBER.matcher(row.idNumber()).matches()) {
                errors.add(new FieldError(at + ".idNumber", "malformed", "an ID number is 17 digits and a check character"));
            } else {
                entry = byDigest.get(digest.of(row.idNumber()));
                if (entry == null) {
                    errors.add(new FieldError(at + ".idNumber", "unknown-entrant", "no entrant of this round has this ID number"));
                }
            }
            if (entry != null && entry.withdrawn) {
                errors.add(new FieldError(at, "withdrawn", "the entry was withdrawn"));
            } else if (entry != null && !seen.add(entry.entryId)) {
                errors.add(new FieldError(at, "duplicate-row", "the entrant has a score earlier in this import"));
            }
            if (row.score() == null) {
                errors.add(new FieldError(at + ".score", "required", "a score out of 100"));
            } else if (row.score().signum() < 0 || row.score().compareTo(MAX_SCORE) > 0 || row.score().scale() > 2) {
                errors.add(new FieldError(at + ".score", "out-of-range", "a score from 0 to 100, at most 2 decimals"));
            }
            if (errors.isEmpty()) {
                accepted.add(new Accepted(entry.entryId, row.score(), row.answers()));
            } else {
                rejections.add(RowResult.rejected(i, errors));
            }
        }
        insert(key, importedBy, accepted);
        return new Answer(accepted.size(), rejections.size(), rejections);
    }

    private record Accepted(UUID entryId, BigDecimal score, Map<String, String> answers) {
    }

    /** Accepted rows as theory scores, in JDBC batches (the entity's identity key would insert row by row). */
    private void insert(String key, String importedBy, List<Accepted> accepted) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into theory_score (entry_id, event_key, score, recorded_by, recorded_at, reason, answers)
                    values (?, ?, ?, ?, ?, 'imported from the exam platform', ?::jsonb)""")) {
                int pending = 0;
                for (Accepted a : accepted) {
                    insert.setObject(1, a.entryId());
                    insert.setString(2, key);
                    insert.setBigDecimal(3, a.score());
                    insert.setString(4, importedBy);
                    insert.setTimestamp(5, now);
                    insert.setString(6, a.answers() == null ? null : json.writeValueAsString(a.answers()));
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

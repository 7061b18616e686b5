package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.ScoringApi;

/** Scoring's operations on a {@link Scope}: the event's own paths, or its round's. */
@ApplicationScoped
public class EventScoring {

    /** Assignments are read in pages of the largest size scoring allows. */
    private static final int PAGE = 500;

    private final ScoringApi event;
    private final RoundScoringApi round;

    EventScoring(@RestClient ScoringApi event, @RestClient RoundScoringApi round) {
        this.event = event;
        this.round = round;
    }

    /** Every round whose panel names the signed-in person. */
    public List<Assignment> assignments() {
        List<Assignment> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = event.assignments(page, PAGE);
            answer.path("items").forEach(item -> all.add(Assignment.of(item)));
            if ((long) (page + 1) * PAGE >= answer.path("total").asLong()) {
                return all;
            }
        }
    }

    public Optional<Assignment> assignment(Scope scope) {
        return assignments().stream().filter(a -> a.scope().equals(scope)).findFirst();
    }

    /** Every station, by number. */
    public JsonNode stations(Scope s) {
        return Paging.items(page -> s.round() == null ? event.stations(s.competition(), s.event(), page, Paging.MAX_LONG)
                : round.stations(s.competition(), s.event(), s.round(), page, Paging.MAX_LONG));
    }

    public JsonNode marks(Scope s, Object marks) {
        return s.round() == null ? event.marks(s.competition(), s.event(), marks) : round.marks(s.competition(), s.event(), s.round(), marks);
    }

    public JsonNode importTheory(Scope s, String idempotencyKey, Object rows) {
        return s.round() == null ? event.importTheory(s.competition(), s.event(), idempotencyKey, rows)
                : round.importTheory(s.competition(), s.event(), s.round(), idempotencyKey, rows);
    }

    /** The results sheet with every entry. */
    public JsonNode results(Scope s) {
        return Paging.whole(page -> s.round() == null ? event.results(s.competition(), s.event(), page, Paging.MAX_LONG)
                : round.results(s.competition(), s.event(), s.round(), page, Paging.MAX_LONG), "entries");
    }

    public JsonNode progress(Scope s) {
        return s.round() == null ? event.progress(s.competition(), s.event()) : round.progress(s.competition(), s.event(), s.round());
    }

    public JsonNode acceptFlag(Scope s, Object acceptance) {
        return s.round() == null ? event.acceptFlag(s.competition(), s.event(), acceptance)
                : round.acceptFlag(s.competition(), s.event(), s.round(), acceptance);
    }

    public JsonNode lock(Scope s) {
        return s.round() == null ? event.lock(s.competition(), s.event()) : round.lock(s.competition(), s.event(), s.round());
    }

    public JsonNode correct(Scope s, Object correction) {
        return s.round() == null ? event.correct(s.competition(), s.event(), correction)
                : round.correct(s.competition(), s.event(), s.round(), correction);
    }

    public JsonNode disqualify(Scope s, Object disqualification) {
        return s.round() == null ? event.disqualify(s.competition(), s.event(), disqualification)
                : round.disqualify(s.competition(), s.event(), s.round(), disqualification);
    }

    /** The whole audit trail (of one entrant, or of all when {@code entryId} is null), oldest first. */
    public JsonNode audit(Scope s, String entryId) {
        return Paging.items(page -> s.round() == null ? event.audit(s.competition(), s.event(), entryId, page, Paging.MAX_LONG)
                : round.audit(s.competition(), s.event(), s.round(), entryId, page, Paging.MAX_LONG));
    }
}

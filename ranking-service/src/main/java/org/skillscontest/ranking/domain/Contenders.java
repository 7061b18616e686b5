package org.skillscontest.ranking.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.ResultsPublished;

/**
 * Who of a results version contends for places (docs/domain.md, ranking): withdrawn (退赛) and
 * disqualified (取消资格) entrants are listed but take no place and no award slot, so the places of
 * the others, the award slots (a ratio counts ranked entrants) and the advancement are computed over
 * the competing entrants only. Scoring's status says who competes; an entrant whose withdrawal
 * reached ranking before scoring's next version did is withdrawn too.
 */
public final class Contenders {

    /** An entrant of the version with the status it is listed under and why. */
    public record Listed(UUID entryId, EntrantStatus status, String reason) {
    }

    private final Map<UUID, Listed> listed;
    private final List<Ranking.Score> competing;

    private Contenders(Map<UUID, Listed> listed, List<Ranking.Score> competing) {
        this.listed = listed;
        this.competing = competing;
    }

    /**
     * @param withdrawnHere entries ranking knows withdrawn, with the withdrawal's reason (may be null)
     * @throws IllegalArgumentException for a competing result without every score: scoring never publishes one
     */
    public static Contenders of(List<ResultsPublished.Result> results, Map<UUID, String> withdrawnHere) {
        Map<UUID, Listed> listed = new HashMap<>();
        List<Ranking.Score> competing = new ArrayList<>();
        for (ResultsPublished.Result r : results) {
            Listed entrant = !r.status().competing() ? new Listed(r.entryId(), r.status(), r.statusReason())
                    : withdrawnHere.containsKey(r.entryId()) ? new Listed(r.entryId(), EntrantStatus.WITHDRAWN, withdrawnHere.get(r.entryId()))
                    : new Listed(r.entryId(), EntrantStatus.COMPETING, null);
            listed.put(r.entryId(), entrant);
            if (entrant.status().competing()) {
                if (r.total() == null || r.practical() == null || r.theory() == null) {
                    throw new IllegalArgumentException("entry " + r.entryId() + " competes without every score");
                }
                competing.add(new Ranking.Score(r.entryId(), r.total(), r.practical(), r.theory(), r.timeUsedSeconds()));
            }
        }
        return new Contenders(listed, competing);
    }

    /** The scores that take places. */
    public List<Ranking.Score> competing() {
        return competing;
    }

    /** How the entry is listed; COMPETING for an entry not in the version. */
    public EntrantStatus status(UUID entryId) {
        Listed l = listed.get(entryId);
        return l == null ? EntrantStatus.COMPETING : l.status();
    }

    /** Why the entry does not compete; null while it does. */
    public String reason(UUID entryId) {
        Listed l = listed.get(entryId);
        return l == null ? null : l.reason();
    }
}

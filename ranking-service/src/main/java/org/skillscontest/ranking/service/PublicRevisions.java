package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.skillscontest.platform.publicview.Revisions;
import org.skillscontest.ranking.domain.RankedEvents;

/**
 * The revisions of ranking's public views (the results page, a competition's and a series'
 * statistics). Whatever changes what they show (an event opened, entrants, a ranking, a round's cut,
 * a promotion handed down, results made FINAL) calls {@link #changed} in its own transaction, which
 * bumps the revisions at its end ({@link Revisions#bump}); a public read looks its revision up first.
 */
@ApplicationScoped
public class PublicRevisions {

    private final Revisions revisions;
    private final RankedEvents events;

    public PublicRevisions(Revisions revisions, RankedEvents events) {
        this.revisions = revisions;
        this.events = events;
    }

    /** What the public sees of {@code competitions} changed: theirs and their series' revisions move on (and {@code series}'). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Collection<String> competitions, String... series) {
        if (competitions.isEmpty() && series.length == 0) {
            return;
        }
        List<String> scopes = new ArrayList<>();
        competitions.forEach(c -> scopes.add(Revisions.competition(c)));
        if (!competitions.isEmpty()) {
            events.seriesOf(competitions).forEach(s -> scopes.add(Revisions.series(s)));
        }
        for (String s : series) {
            if (s != null) {
                scopes.add(Revisions.series(s));
            }
        }
        revisions.bump(scopes);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String competition) {
        changed(List.of(competition));
    }

    public long ofCompetition(String competition) {
        return revisions.of(Revisions.competition(competition));
    }

    public long ofSeries(String series) {
        return revisions.of(Revisions.series(series));
    }
}

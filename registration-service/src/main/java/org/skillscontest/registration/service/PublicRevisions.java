package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.skillscontest.platform.publicview.Revisions;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.Competitions;

/**
 * The revisions of registration's public views (a competition's and a series' statistics). Whatever
 * changes what they count (a competition or event created, entries registered or withdrawn, a
 * promotion in or out, results published) calls {@link #changed} in its own transaction, which bumps the
 * revisions at its end ({@link Revisions#bump}); a public read looks its revision up first.
 */
@ApplicationScoped
public class PublicRevisions {

    private final Revisions revisions;
    private final Competitions competitions;

    public PublicRevisions(Revisions revisions, Competitions competitions) {
        this.revisions = revisions;
        this.competitions = competitions;
    }

    /** What the public sees of these competitions changed: theirs and their series' revisions move on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String... codes) {
        List<String> known = Arrays.stream(codes).filter(Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return;
        }
        List<String> scopes = new ArrayList<>();
        for (Competition c : competitions.list("code in ?1", known)) {
            scopes.add(Revisions.competition(c.code));
            if (c.series != null) {
                scopes.add(Revisions.series(c.series));
            }
        }
        revisions.bump(scopes);
    }

    public long ofCompetition(String code) {
        return revisions.of(Revisions.competition(code));
    }

    public long ofSeries(String series) {
        return revisions.of(Revisions.series(series));
    }
}

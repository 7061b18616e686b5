package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.skillscontest.contracts.EventRanked;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.PublicationPolicy;
import org.skillscontest.contracts.ResultsFinalised;
import org.skillscontest.contracts.ResultsState;
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Contestants;
import org.skillscontest.ranking.domain.Finality;
import org.skillscontest.ranking.domain.Objections;
import org.skillscontest.ranking.domain.PublicityPeriod;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;
import org.skillscontest.ranking.domain.ResultsPublicity;
import org.skillscontest.ranking.domain.ResultsPublicities;
import org.skillscontest.ranking.domain.Standing;
import org.skillscontest.ranking.domain.Standings;

/**
 * The publicity (公示) of final-round results (docs/domain.md "Publicity and objections"): the first
 * ranked version starts the period; results stay PROVISIONAL until {@link Finality} says FINAL (the
 * period over, no objection open), which is announced once on {@code ranking.results-finalised.v1}.
 * Promotions follow the event's {@code promoteWhen}; honours wait for FINAL. Everything here runs
 * under the event's {@link KeyLock}, the lock every ranking of the event holds, so the check for
 * periods that are over, an objection's decision and a correction never act on the event at once,
 * on one instance or several; the ids of what they publish are derived from the event.
 */
@ApplicationScoped
public class Publicity {

    private static final Logger LOG = Logger.getLogger(Publicity.class);

    private final ResultsPublicities publicities;
    private final Objections objections;
    private final RankedEvents events;
    private final Standings standings;
    private final Contestants contestants;
    private final Promoting promoting;
    private final Honouring honouring;
    private final PublicRevisions revisions;
    private final Outbox outbox;
    private final KeyLock keyLock;
    private final Clock clock;

    public Publicity(ResultsPublicities publicities, Objections objections, RankedEvents events, Standings standings,
                     Contestants contestants, Promoting promoting, Honouring honouring, PublicRevisions revisions,
                     Outbox outbox, KeyLock keyLock, Clock clock) {
        this.publicities = publicities;
        this.objections = objections;
        this.events = events;
        this.standings = standings;
        this.contestants = contestants;
        this.promoting = promoting;
        this.honouring = honouring;
        this.revisions = revisions;
        this.outbox = outbox;
        this.keyLock = keyLock;
        this.clock = clock;
    }

    /**
     * What a newly ranked final-round version is: the first starts the period; a correction keeps it
     * (PROVISIONAL until it ends) and one ranked after FINAL is FINAL. With no period, or with the
     * period over and no objection open, the results are FINAL now.
     */
    public record Stage(ResultsState state, EventRanked.Publicity announced, PromoteWhen promoteWhen, boolean finalisedNow) {

        /** Whether this version's advancing entrants are promoted now. */
        public boolean promotes() {
            return Finality.promotes(promoteWhen, state);
        }
    }

    /** Called by the ranking of a final-round version, in the event's lock, before the version is announced. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stage ranked(RankedEvent event, int version) {
        Instant now = clock.instant();
        ResultsPublicity p = publicities.findById(event.key);
        if (p == null) {
            p = new ResultsPublicity();
            p.eventKey = event.key;
            p.state = ResultsState.PROVISIONAL;
            p.startsAt = now;
            p.days = settings(event).publicityDays();
            p.endsAt = p.period().endsAt();
            publicities.persist(p);
        }
        boolean finalisedNow = Finality.isReached(p.state, p.period(), now, objections.openIn(event.key));
        if (finalisedNow) {
            markFinal(p, version, now);
        }
        return new Stage(p.state, announced(p), settings(event).promoteWhen(), finalisedNow);
    }

    /** After the version is announced: FINAL announced if reached now, honours reviewed once FINAL. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(RankedEvent event, int version, Stage stage, List<Standing> rows, Map<UUID, Contestant> people) {
        if (stage.finalisedNow()) {
            announceFinal(event, publicities.findById(event.key));
        }
        if (Finality.honours(stage.state())) {
            honouring.review(event, version, rows, people);
        }
    }

    /**
     * The check for periods that are over, one event per transaction: FINAL if the period is over
     * and no objection is open. A second instance doing the same waits for the event's lock, then
     * finds the results FINAL and does nothing.
     */
    @Transactional
    public boolean finaliseIfDue(String key) {
        keyLock.lock(key);
        return events.lock(key).map(this::finaliseIfReached).orElse(false);
    }

    /** FINAL now if the period is over and no objection is open (after a decision, say); the caller holds the event's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean finaliseIfReached(RankedEvent event) {
        ResultsPublicity p = publicities.findById(event.key);
        Instant now = clock.instant();
        if (p == null || !Finality.isReached(p.state, p.period(), now, objections.openIn(event.key))) {
            return false;
        }
        int version = event.rankedVersion;
        markFinal(p, version, now);
        announceFinal(event, p);
        List<Standing> rows = standings.ofEvent(event.key);
        Map<UUID, Contestant> people = contestants.list("eventKey", event.key).stream()
                .collect(Collectors.toMap(c -> c.entryId, Function.identity()));
        if (settings(event).promoteWhen() == PromoteWhen.FINAL) {
            // held back until now: promoted as the shown version says, unless the next level has started meanwhile
            promoting.holdIfNextLevelStarted(event, version, rows);
            promoting.apply(event, version, rows, people);
        }
        honouring.review(event, version, rows, people);
        revisions.changed(event.competition); // the page says 已公示 now
        LOG.infof("%s results version %d are final (publicity ended %s)", event.key, version, p.endsAt);
        return true;
    }

    /** The publicity of an event's results for the API and page, or null before any final-round version. */
    public PublicityView view(RankedEvent event) {
        ResultsPublicity p = publicities.findById(event.key);
        if (p == null) {
            return null;
        }
        PublicityPeriod period = p.period();
        return new PublicityView(p.state, p.days, period.firstDay(), period.lastDay(), p.endsAt, settings(event).promoteWhen(),
                p.finalisedAt, p.finalVersion, objections.openIn(event.key));
    }

    private static PublicationPolicy settings(RankedEvent event) {
        return event.publication == null ? PublicationPolicy.defaults() : event.publication;
    }

    private static void markFinal(ResultsPublicity p, int version, Instant now) {
        p.state = ResultsState.FINAL;
        p.finalisedAt = now;
        p.finalVersion = version;
    }

    private static EventRanked.Publicity announced(ResultsPublicity p) {
        PublicityPeriod period = p.period();
        return new EventRanked.Publicity(p.state, period.firstDay(), period.lastDay(), p.endsAt);
    }

    private void announceFinal(RankedEvent event, ResultsPublicity p) {
        PublicityPeriod period = p.period();
        // once per event: a second check, on this instance or another, finds the same id
        UUID id = UUID.nameUUIDFromBytes(("finalised/" + event.key).getBytes(StandardCharsets.UTF_8));
        outbox.publish(id, new ResultsFinalised(event.competition, event.event, event.level, p.finalVersion, period.firstDay(),
                period.lastDay(), p.finalisedAt, (int) objections.lodgedIn(event.key)), event.key, event.key);
    }
}

package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.platform.inbox.Received;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Contestants;
import org.skillscontest.platform.inbox.EarlyWithdrawals;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;
import org.skillscontest.ranking.domain.ResultParts;

/**
 * What ranking learns from registration: events (quota, link, awards, advancement) and who the
 * entrants are. Events, entrants, withdrawals and results come on four topics, in any order: each
 * arrival first takes the event's {@link KeyLock}, then completes what an earlier arrival left
 * waiting (results for entrants not seen yet, a withdrawal before its registration).
 */
@ApplicationScoped
public class Roster {

    private final RankedEvents events;
    private final Contestants contestants;
    private final EarlyWithdrawals withdrawals;
    private final ResultParts parts;
    private final EventRanking ranking;
    private final RoundRanking rounds;
    private final Honouring honouring;
    private final PublicRevisions revisions;
    private final KeyLock keyLock;

    public Roster(RankedEvents events, Contestants contestants, EarlyWithdrawals withdrawals, ResultParts parts,
                  EventRanking ranking, RoundRanking rounds, Honouring honouring, PublicRevisions revisions, KeyLock keyLock) {
        this.events = events;
        this.contestants = contestants;
        this.withdrawals = withdrawals;
        this.parts = parts;
        this.ranking = ranking;
        this.rounds = rounds;
        this.honouring = honouring;
        this.revisions = revisions;
        this.keyLock = keyLock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(EventOpened opened) {
        keyLock.lock(opened.ref().key());
        RankedEvent event = events.findById(opened.ref().key());
        boolean known = event != null;
        String seriesBefore = known ? event.series : null;
        if (!known) {
            event = new RankedEvent();
            event.key = opened.ref().key();
            event.competition = opened.ref().competition();
            event.event = opened.ref().event();
        }
        event.level = opened.ref().level();
        event.competitionName = opened.competitionName();
        event.name = opened.name();
        event.occupation = opened.occupation();
        event.startsOn = opened.startsOn();
        event.quota = opened.quota();
        event.year = opened.year();
        event.edition = opened.edition();
        event.series = opened.series();
        event.advancesTo = opened.advancesTo();
        event.awards = opened.awards();
        event.advancement = opened.advancement(); // the default for records written before the field
        event.publication = opened.publication();
        event.honours = opened.honours();
        event.rounds = opened.rounds();
        if (!known) {
            events.persist(event); // after the fields are set: the insert carries the state at persist
        }
        events.flush();
        if (!known || !Objects.equals(seriesBefore, event.series)) {
            events.forgetSeriesOf(event.competition); // read again below, with this event
        }
        // results that arrived before the event definition are ranked now
        ranking.rankWhenReady(event.key);
        rounds.rankWhenReady(event);
        // its figures and page, a series it joined or left, and the pages of the events advancing to it (they name it)
        Set<String> shownIn = new TreeSet<>(events.competitionsAdvancingTo(opened.ref()));
        shownIn.add(event.competition);
        revisions.changed(shownIn, seriesBefore);
    }

    /**
     * Entrants, a poll's worth at once: each new one is written once (together, in JDBC batches),
     * withdrawn already if its withdrawal came first; then results waiting for them are ranked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registerAll(List<Received<EntryRegistered>> received) {
        List<EntryRegistered> registered = received.stream().map(Received::value).toList();
        Set<String> keys = new TreeSet<>();
        registered.forEach(r -> keys.add(Topic.eventKey(r.competition(), r.event())));
        keyLock.lock(keys);
        Set<UUID> ids = new HashSet<>();
        registered.forEach(r -> ids.add(r.entryId()));
        Set<UUID> skip = new HashSet<>(contestants.known(ids));
        Set<UUID> withdrawnFirst = withdrawals.takeFor(ids);
        Set<String> changed = new TreeSet<>();
        for (Received<EntryRegistered> each : received) {
            EntryRegistered r = each.value();
            if (!skip.add(r.entryId())) {
                continue; // known already, or twice in the batch
            }
            changed.add(r.competition());
            Contestant c = new Contestant();
            c.entryId = r.entryId();
            c.personId = r.personId();
            c.eventKey = Topic.eventKey(r.competition(), r.event());
            c.name = r.name();
            c.maskedIdNumber = r.maskedIdNumber();
            c.federation = r.federation();
            c.employer = r.employer() == null ? null : r.employer().name();
            c.employerCreditCode = r.employer() == null ? null : r.employer().creditCode();
            c.currentSkillLevel = r.currentSkillLevel();
            c.promotionId = r.promotionId();
            c.withdrawn = withdrawnFirst.contains(r.entryId());
            if (each.trace() != null) {
                c.traceparent = each.trace().traceparent();
                c.tracestate = each.trace().tracestate();
            }
            contestants.persist(c);
        }
        contestants.flush();
        Collection<String> waiting = parts.waitingIn(keys);
        if (waiting.size() > 1) {
            // several events may be ranked in this transaction: their people's honour locks first, in one order
            honouring.lockPeople(contestants.peopleOf(waiting));
        }
        for (String key : waiting) {
            ranking.rankWhenReady(key);
        }
        rounds.rankWaitingIn(keys);
        revisions.changed(changed);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(EntryWithdrawn withdrawn) {
        // a contestant not known yet is still on its way: its registration will find the withdrawal
        Set<String> changed = new TreeSet<>();
        withdrawals.withdraw(withdrawn, entryId -> {
            Contestant c = contestants.findById(entryId);
            if (c == null) {
                return false;
            }
            c.withdrawn = true;
            c.withdrawalReason = withdrawn.reason();
            changed.add(c.eventKey.substring(0, c.eventKey.indexOf('/')));
            return true;
        });
        if (withdrawn.promotionId() != null) {
            ranking.promotedEntrantWithdrew(withdrawn.promotionId());
        }
        revisions.changed(changed); // the statistics count withdrawals
    }
}

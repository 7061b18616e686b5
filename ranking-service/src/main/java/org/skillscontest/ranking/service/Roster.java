package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.Topic;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Contestants;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;

/** What ranking learns from registration: events (quota, link, awards, advancement) and who the entrants are. */
@ApplicationScoped
public class Roster {

    private final RankedEvents events;
    private final Contestants contestants;
    private final EventRanking ranking;

    public Roster(RankedEvents events, Contestants contestants, EventRanking ranking) {
        this.events = events;
        this.contestants = contestants;
        this.ranking = ranking;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(EventOpened opened) {
        RankedEvent event = events.findById(opened.ref().key());
        boolean known = event != null;
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
        event.advancesTo = opened.advancesTo();
        event.awards = opened.awards();
        event.advancement = opened.advancement(); // the default for records written before the field
        if (!known) {
            events.persist(event); // after the fields are set: the insert carries the state at persist
        }
        events.flush();
        // results that arrived before the event definition are ranked now
        ranking.rankNewestComplete(event.key);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void register(EntryRegistered registered) {
        if (contestants.findById(registered.entryId()) != null) {
            return;
        }
        Contestant c = new Contestant();
        c.entryId = registered.entryId();
        c.personId = registered.personId();
        c.eventKey = Topic.eventKey(registered.competition(), registered.event());
        c.name = registered.name();
        c.maskedIdNumber = registered.maskedIdNumber();
        c.federation = registered.federation();
        c.employer = registered.employer() == null ? null : registered.employer().name();
        c.employerCreditCode = registered.employer() == null ? null : registered.employer().creditCode();
        c.currentSkillLevel = registered.currentSkillLevel();
        c.promotionId = registered.promotionId();
        contestants.persist(c);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(EntryWithdrawn withdrawn) {
        Contestant c = contestants.findById(withdrawn.entryId());
        if (c != null) {
            c.withdrawn = true;
        }
        if (withdrawn.promotionId() != null) {
            ranking.promotedEntrantWithdrew(withdrawn.promotionId());
        }
    }
}

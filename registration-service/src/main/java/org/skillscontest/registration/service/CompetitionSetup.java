package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.AwardPolicy;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.PublicationPolicy;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.registration.domain.CompetitionRequest;
import org.skillscontest.registration.domain.EventRequest;
import org.skillscontest.registration.domain.FederationRequest;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.CompetitionEvents;
import org.skillscontest.registration.domain.Competitions;
import org.skillscontest.registration.domain.Federation;
import org.skillscontest.registration.domain.Federations;
import org.skillscontest.registration.domain.RegionCode;

/** The organiser's reference data: federations, competitions and their events, checked as a tree. */
@ApplicationScoped
public class CompetitionSetup {

    private static final BigDecimal DEFAULT_TOLERANCE = BigDecimal.TEN;
    /** PostgreSQL's SQLSTATE for a duplicate key. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final List<FieldError> CODE_TAKEN = List.of(new FieldError("code", "duplicate", "is taken"));

    private final Federations federations;
    private final Competitions competitions;
    private final CompetitionEvents events;
    private final Outbox outbox;
    private final PublicRevisions revisions;

    public CompetitionSetup(Federations federations, Competitions competitions, CompetitionEvents events, Outbox outbox,
                            PublicRevisions revisions) {
        this.federations = federations;
        this.competitions = competitions;
        this.events = events;
        this.outbox = outbox;
        this.revisions = revisions;
    }

    @Transactional
    public Federation createFederation(FederationRequest request) {
        if (federations.findById(request.code()) != null) {
            throw duplicateFederation(request.code());
        }
        Federation f = new Federation();
        f.code = request.code();
        f.name = request.name();
        f.regionCode = request.regionCode();
        insertOnce(() -> federations.persist(f), () -> duplicateFederation(request.code()));
        return f;
    }

    @Transactional
    public Competition createCompetition(CompetitionRequest request) {
        if (competitions.findById(request.code()) != null) {
            throw duplicateCompetition(request.code());
        }
        List<FieldError> errors = new ArrayList<>();
        // a date the database could not even store, or no competition could have: refused, not stored
        String years = "must fall in the years " + CompetitionRequest.FIRST_YEAR + " to " + CompetitionRequest.LAST_YEAR;
        if (!CompetitionRequest.inYears(request.startsOn())) {
            errors.add(new FieldError("startsOn", "out-of-range", years));
        }
        if (!CompetitionRequest.inYears(request.registrationClosesAt())) {
            errors.add(new FieldError("registrationClosesAt", "out-of-range", years + " (UTC)"));
        }
        if (request.level() == org.skillscontest.contracts.Level.NATIONAL && !request.regionCode().equals(RegionCode.NATIONAL)) {
            errors.add(new FieldError("regionCode", "national-region", "a national competition has region " + RegionCode.NATIONAL));
        }
        if (request.feeds() != null) {
            Competition next = competitions.findById(request.feeds());
            if (next == null) {
                errors.add(new FieldError("feeds", "unknown-competition", "no competition " + request.feeds()));
            } else if (next.level != request.level().next()) {
                errors.add(new FieldError("feeds", "wrong-level", "must be a " + request.level().next() + " competition"));
            } else if (!RegionCode.contains(next.regionCode, request.regionCode())) {
                errors.add(new FieldError("feeds", "outside-region", "its region " + next.regionCode + " does not contain " + request.regionCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Competition c = new Competition();
        c.code = request.code();
        c.name = request.name();
        c.level = request.level();
        c.regionCode = request.regionCode();
        c.edition = request.edition();
        c.year = request.year();
        c.startsOn = request.startsOn();
        c.registrationClosesAt = request.registrationClosesAt();
        c.feeds = request.feeds();
        c.series = request.series();
        c.publicityDays = request.publicityDays() == null ? PublicationPolicy.DEFAULT_PUBLICITY_DAYS : request.publicityDays();
        insertOnce(() -> competitions.persist(c), () -> duplicateCompetition(request.code()));
        revisions.changed(c.code);
        return c;
    }

    /** Creates an event and announces it on {@code registration.event-opened.v1}, in one transaction. */
    @Transactional
    public CompetitionEvent createEvent(String competitionCode, EventRequest request) {
        Competition competition = competitions.findByIdOptional(competitionCode)
                .orElseThrow(() -> ProblemException.notFound("Competition " + competitionCode));
        if (events.find(competitionCode, request.code()).isPresent()) {
            throw duplicateEvent(competitionCode, request.code());
        }
        List<FieldError> errors = new ArrayList<>();
        EventRef target = checkTarget(competition, request, errors);
        ScoringScheme scheme = scheme("scoring", request.scoring(), errors);
        HonourSettings honours = honours(request.honours(), errors);
        List<Round> rounds = EventRounds.check(request.rounds(), scheme, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        CompetitionEvent e = new CompetitionEvent();
        e.competition = competitionCode;
        e.code = request.code();
        e.name = request.name();
        e.occupation = request.occupation();
        e.skillLevel = request.skillLevel();
        e.capacity = request.capacity();
        e.quota = request.quota();
        e.advancesToCompetition = target == null ? null : target.competition();
        e.advancesToEvent = target == null ? null : target.event();
        e.scoring = scheme;
        e.awards = request.awards() == null ? AwardPolicy.defaults() : new AwardPolicy(request.awards().mode(),
                request.awards().gold(), request.awards().silver(), request.awards().bronze(), request.awards().excellence());
        e.advancement = request.advancement() == null ? AdvancementPolicy.defaults()
                : new AdvancementPolicy(request.advancement().ties(), request.advancement().perFederationCap());
        e.promoteWhen = request.promoteWhen() == null ? PromoteWhen.PROVISIONAL : request.promoteWhen();
        e.honours = honours;
        e.rounds = rounds;
        insertOnce(() -> events.persist(e), () -> duplicateEvent(competitionCode, request.code()));
        EventRef ref = new EventRef(competitionCode, e.code, competition.level);
        outbox.publish(new EventOpened(ref, competition.name, competition.regionCode, competition.edition, competition.year,
                competition.startsOn, competition.registrationClosesAt, e.name, e.occupation, e.skillLevel, e.capacity,
                e.quota, target, e.scoring, e.awards, e.advancement, competition.series,
                new PublicationPolicy(competition.publicityDays, e.promoteWhen), e.honours, e.rounds),
                Topic.eventKey(competitionCode, e.code), ref.key());
        revisions.changed(competitionCode); // one more event whose results must be out before the figures are public
        return e;
    }

    /**
     * Inserts the new row now rather than at commit. The check before it sees only what had committed;
     * a concurrent request creating the same code meets the unique key here (its insert waits for the
     * other transaction, then fails), and gets the 409 a sequential duplicate gets instead of a 500.
     */
    private void insertOnce(Runnable persist, Supplier<ProblemException> duplicate) {
        try {
            persist.run();
            federations.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw duplicate.get(); // the transaction is rolled back with it
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException duplicateFederation(String code) {
        return ProblemException.conflict("duplicate", "Federation " + code + " exists already.", CODE_TAKEN);
    }

    private static ProblemException duplicateCompetition(String code) {
        return ProblemException.conflict("duplicate", "Competition " + code + " exists already.", CODE_TAKEN);
    }

    private static ProblemException duplicateEvent(String competition, String code) {
        return ProblemException.conflict("duplicate", "Event " + code + " exists already in " + competition + ".", CODE_TAKEN);
    }

    /** The event one level up: it must exist in the competition this one feeds, for the same occupation. */
    private EventRef checkTarget(Competition competition, EventRequest request, List<FieldError> errors) {
        EventRequest.Target target = request.advancesTo();
        if (target == null) {
            return null;
        }
        if (competition.feeds == null || !competition.feeds.equals(target.competition())) {
            errors.add(new FieldError("advancesTo.competition", "not-fed-competition",
                    "must be the competition that " + competition.code + " feeds (" + competition.feeds + ")"));
            return null;
        }
        CompetitionEvent next = events.find(target.competition(), target.event()).orElse(null);
        if (next == null) {
            errors.add(new FieldError("advancesTo.event", "unknown-event", "no event " + target.event() + " in " + target.competition()));
            return null;
        }
        if (!next.occupation.equals(request.occupation())) {
            errors.add(new FieldError("advancesTo.event", "other-occupation",
                    "advances to an event of another occupation (" + next.occupation + ")"));
        }
        return new EventRef(target.competition(), target.event(), competitions.findById(target.competition()).level);
    }

    /**
     * A scoring scheme at {@code field}: weights summing to 100; practical modules whose weights sum
     * to 100 when the practical part counts, none when it does not (a theory-only round or event).
     */
    static ScoringScheme scheme(String field, EventRequest.Scoring scoring, List<FieldError> errors) {
        if (scoring.theoryWeight() + scoring.practicalWeight() != 100) {
            errors.add(new FieldError(field + ".practicalWeight", "weights-sum", "theoryWeight + practicalWeight must be 100"));
        }
        int moduleWeights = scoring.modules().stream().mapToInt(EventRequest.Module::weight).sum();
        if (scoring.practicalWeight() > 0 && moduleWeights != 100) {
            errors.add(new FieldError(field + ".modules", "weights-sum", "module weights must sum to 100, not " + moduleWeights));
        }
        if (scoring.practicalWeight() == 0 && !scoring.modules().isEmpty()) {
            errors.add(new FieldError(field + ".modules", "no-practical", "a scheme without a practical part has no modules"));
        }
        if (scoring.modules().stream().map(EventRequest.Module::code).distinct().count() != scoring.modules().size()) {
            errors.add(new FieldError(field + ".modules", "duplicate-module", "module codes must be distinct"));
        }
        return new ScoringScheme(scoring.theoryWeight(), scoring.practicalWeight(),
                scoring.tolerancePercent() == null ? DEFAULT_TOLERANCE : scoring.tolerancePercent(),
                scoring.modules().stream()
                        .map(m -> new ScoringScheme.Module(m.code(), m.name(), m.maxMark(), m.weight()))
                        .toList());
    }

    /**
     * The event's own honour table, checked as a whole: an upgrade band runs forwards, has a target
     * level or a number of levels (not both), and bands do not overlap. Absent: the level's tables.
     */
    private static HonourSettings honours(EventRequest.Honours honours, List<FieldError> errors) {
        if (honours == null) {
            return HonourSettings.defaults();
        }
        List<HonourSettings.Upgrade> bands = null;
        if (honours.upgrades() != null) {
            bands = new ArrayList<>();
            for (int i = 0; i < honours.upgrades().size(); i++) {
                EventRequest.Upgrade u = honours.upgrades().get(i);
                String field = "honours.upgrades[" + i + "]";
                if (u.toPlace() < u.fromPlace()) {
                    errors.add(new FieldError(field + ".toPlace", "before-from-place", "must not come before fromPlace " + u.fromPlace()));
                }
                if ((u.targetSkillLevel() == null) == (u.levels() == null)) {
                    errors.add(new FieldError(field, "target-or-levels",
                            "sets either targetSkillLevel (upgrade to a level) or levels (1 or 2 above the entrant's own), not both"));
                }
                for (int j = 0; j < i; j++) {
                    EventRequest.Upgrade earlier = honours.upgrades().get(j);
                    if (u.fromPlace() <= earlier.toPlace() && earlier.fromPlace() <= u.toPlace()) {
                        errors.add(new FieldError(field + ".fromPlace", "overlapping-bands",
                                "places " + u.fromPlace() + "–" + u.toPlace() + " overlap band " + j));
                    }
                }
                bands.add(new HonourSettings.Upgrade(u.fromPlace(), u.toPlace(), u.targetSkillLevel(), u.levels()));
            }
        }
        EventRequest.OrganisationAward points = honours.organisationAward();
        return new HonourSettings(honours.mayDayPlaces(), honours.technicalExpertPlaces(), bands, points == null ? null
                : new HonourSettings.OrganisationAward(points.gold(), points.silver(), points.bronze(), points.excellence()));
    }

    /** A competition by its code, or 404. */
    public Competition competition(String code) {
        return competitions.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Competition " + code));
    }

    /** The event one level up that this event advances to, or null. */
    public EventRef advancesTo(CompetitionEvent e) {
        return e.advancesToCompetition == null ? null
                : new EventRef(e.advancesToCompetition, e.advancesToEvent, competitions.findById(e.advancesToCompetition).level);
    }
}

package org.skillscontest.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.AwardPolicy;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.PublicationPolicy;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.ScoringScheme;

/**
 * {@code registration.event-opened.v1} records as tests need them, without writing out all fifteen
 * fields: a city event of Karamay or a provincial one of Xinjiang, open for registration, starting in
 * the future; a test changes what it is about.
 *
 * <p>Unlike the contract's default (5 days), its events have no publicity period: their results are
 * FINAL as soon as they are ranked, as before publicity (公示) existed, so that a test of another rule
 * sees honours and promotions at once. Tests of publicity set a period with {@link #publicity}.
 */
public final class OpenedEvents {

    /** One practical module of 100 marks; theory 30 %, practical 70 %, tolerance 10 %. */
    public static final ScoringScheme ONE_MODULE = new ScoringScheme(30, 70, BigDecimal.TEN,
            List.of(new ScoringScheme.Module("route", "路线规划", BigDecimal.valueOf(100), 100)));

    private EventRef ref;
    private String competitionName;
    private String regionCode;
    private int edition;
    private int year = 2027;
    private LocalDate startsOn;
    private Instant registrationClosesAt;
    private String name = "网约配送员";
    private int quota = 3;
    private EventRef advancesTo;
    private ScoringScheme scoring = ONE_MODULE;
    private AwardPolicy awards = AwardPolicy.defaults();
    private AdvancementPolicy advancement = AdvancementPolicy.defaults();
    private String series;
    private PublicationPolicy publication = new PublicationPolicy(0, PromoteWhen.PROVISIONAL);
    private HonourSettings honours = HonourSettings.defaults();
    private List<Round> rounds = List.of();

    private OpenedEvents() {
    }

    /** A city event of Karamay's 17th competition, starting in a month, registration open for 20 days. */
    public static OpenedEvents city(String competition, String event) {
        OpenedEvents e = new OpenedEvents();
        e.ref = new EventRef(competition, event, Level.CITY);
        e.competitionName = "克拉玛依";
        e.regionCode = "650200";
        e.edition = 17;
        e.startsOn = LocalDate.now().plusMonths(1);
        e.registrationClosesAt = Instant.now().plusSeconds(86400 * 20);
        return e;
    }

    /** A provincial event of Xinjiang's 6th competition, starting in three months. */
    public static OpenedEvents provincial(String competition, String event) {
        OpenedEvents e = new OpenedEvents();
        e.ref = new EventRef(competition, event, Level.PROVINCIAL);
        e.competitionName = "新疆";
        e.regionCode = "650000";
        e.edition = 6;
        e.startsOn = LocalDate.now().plusMonths(3);
        e.registrationClosesAt = Instant.now().plusSeconds(86400 * 60);
        return e;
    }

    public OpenedEvents competitionName(String competitionName) {
        this.competitionName = competitionName;
        return this;
    }

    public OpenedEvents edition(int edition, int year) {
        this.edition = edition;
        this.year = year;
        return this;
    }

    public OpenedEvents startsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
        return this;
    }

    public OpenedEvents registrationClosesAt(Instant registrationClosesAt) {
        this.registrationClosesAt = registrationClosesAt;
        return this;
    }

    /** The event's name and occupation (工种). */
    public OpenedEvents named(String name) {
        this.name = name;
        return this;
    }

    public OpenedEvents quota(int quota) {
        this.quota = quota;
        return this;
    }

    public OpenedEvents advancesTo(EventRef advancesTo) {
        this.advancesTo = advancesTo;
        return this;
    }

    public OpenedEvents scoring(ScoringScheme scoring) {
        this.scoring = scoring;
        return this;
    }

    public OpenedEvents awards(AwardPolicy awards) {
        this.awards = awards;
        return this;
    }

    public OpenedEvents advancement(AdvancementPolicy advancement) {
        this.advancement = advancement;
        return this;
    }

    public OpenedEvents series(String series) {
        this.series = series;
        return this;
    }

    /** The competition's publicity period in days (0: none) and when the event promotes. */
    public OpenedEvents publicity(int days, PromoteWhen promoteWhen) {
        this.publication = new PublicationPolicy(days, promoteWhen);
        return this;
    }

    /** The event's own honour places, upgrade bands and organisation-award points. */
    public OpenedEvents honours(HonourSettings honours) {
        this.honours = honours;
        return this;
    }

    /** The event's rounds in order; the final's scheme is the event's. */
    public OpenedEvents rounds(List<Round> rounds) {
        this.rounds = rounds;
        return this;
    }

    /** Skill level 4, capacity 100. */
    public EventOpened build() {
        return new EventOpened(ref, competitionName, regionCode, edition, year, startsOn, registrationClosesAt, name, name,
                4, 100, quota, advancesTo, scoring, awards, advancement, series, publication, honours, rounds);
    }
}

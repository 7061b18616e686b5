package org.skillscontest.scoring.api;

import java.util.Set;
import java.util.function.BiFunction;
import org.skillscontest.testing.Tokens;

/** Who calls an endpoint of an event of the {@link MarkedContest}, by the bearer token sent (none for NONE). */
enum Who {
    NONE((w, event) -> null),
    ORGANIZER((w, event) -> Tokens.organizer()),
    AUDITOR((w, event) -> Tokens.auditor()),
    FEDERATION((w, event) -> Tokens.federation(Contest.FEDERATION)),
    JUDGE((w, event) -> Tokens.judge(MarkedContest.JUDGE)),
    SERVICE_JUDGE((w, event) -> Tokens.judge(MarkedContest.SERVICE_JUDGE)),
    OFF_PANEL_JUDGE((w, event) -> Tokens.judge(MarkedContest.OFF_PANEL_JUDGE)),
    CHIEF((w, event) -> Tokens.chiefJudge(w.chiefOf(event))),
    OTHER_CHIEF((w, event) -> Tokens.chiefJudge(w.otherChief(event))),
    // bad tokens: each but NO_ROLE claims every role as the event's chief judge
    EXPIRED((w, event) -> badChief(w, event).expired()),
    WRONG_ISSUER((w, event) -> badChief(w, event).wrongIssuer()),
    FOREIGN_KEY((w, event) -> badChief(w, event).foreignKey()),
    GARBAGE((w, event) -> badChief(w, event).garbage()),
    UNSIGNED((w, event) -> badChief(w, event).unsigned()),
    WRONG_AUDIENCE((w, event) -> badChief(w, event).wrongAudience()),
    TOO_LONG_LIVED((w, event) -> badChief(w, event).tooLongLived()),
    ISSUED_IN_THE_FUTURE((w, event) -> badChief(w, event).issuedInTheFuture()),
    // well signed by the trusted issuer, but no role at all: authenticated, entitled to nothing
    NO_ROLE((w, event) -> Tokens.token(w.chiefOf(event), Set.of(), null));

    private final BiFunction<MarkedContest, String, String> token;

    Who(BiFunction<MarkedContest, String, String> token) {
        this.token = token;
    }

    String token(MarkedContest world, String event) {
        return token.apply(world, event);
    }

    /** The event's chief judge claiming every role: a service that accepted one would answer as if to the rightful caller. */
    private static Tokens.Bad badChief(MarkedContest world, String event) {
        return Tokens.bad(world.chiefOf(event), Set.of("organizer", "federation", "judge", "chief-judge", "auditor"),
                Contest.FEDERATION);
    }
}

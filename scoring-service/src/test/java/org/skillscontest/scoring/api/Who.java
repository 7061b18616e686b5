package org.skillscontest.scoring.api;

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
    EXPIRED((w, event) -> BadTokens.expired(w.chiefOf(event))),
    WRONG_ISSUER((w, event) -> BadTokens.wrongIssuer(w.chiefOf(event))),
    FOREIGN_KEY((w, event) -> BadTokens.foreignKey(w.chiefOf(event))),
    GARBAGE((w, event) -> BadTokens.garbage()),
    UNSIGNED((w, event) -> BadTokens.unsigned(w.chiefOf(event))),
    NO_ROLE((w, event) -> BadTokens.noRole(w.chiefOf(event)));

    private final BiFunction<MarkedContest, String, String> token;

    Who(BiFunction<MarkedContest, String, String> token) {
        this.token = token;
    }

    String token(MarkedContest world, String event) {
        return token.apply(world, event);
    }
}

package org.skillscontest.console.judging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a panel marks: an event, or one round of an event in rounds. {@code round} is null for the final
 * (or only) round, which scoring addresses as the event itself; the console carries it as {@code ?round=}.
 */
public record Scope(String competition, String event, String round) {

    public Scope {
        round = round == null || round.isBlank() ? null : round;
    }

    /** The console's path of the event, for links and form actions. */
    public String base() {
        return "/judging/" + encode(competition) + "/" + encode(event);
    }

    /** The query naming the round, or "" for the event itself. */
    public String query() {
        return round == null ? "" : "?round=" + encode(round);
    }

    public String label() {
        return competition + " · " + event + (round == null ? "" : " · " + round);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

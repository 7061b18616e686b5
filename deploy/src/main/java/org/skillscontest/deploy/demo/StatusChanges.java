package org.skillscontest.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.skillscontest.deploy.stack.Keys;

/**
 * Two entrants of the city level stop competing once its promotions went out, as happens in real
 * editions (docs/domain.md: withdrawn and disqualified entrants are listed but take no place): the
 * chief judge of Karamay's welders disqualifies the winner after the lock (取消资格), and Urumqi's
 * delivery rider placed second withdraws (退赛) because of an injury. Each re-ranks its event (results
 * version 2): the entrant is listed without place, the promotion is revoked, saying why, registration
 * withdraws the Xinjiang entry it made, and the next ranked entrant is promoted and registered there.
 * Returns once Xinjiang's registration shows all of it, so that the provincial level is judged with
 * the new line-up.
 */
public final class StatusChanges {

    /**
     * What one change did: the entrant who stopped competing, how and why, their entry at the next level
     * (withdrawn), and who took the place there (one substitute; more only if a tie at the line moved up).
     */
    /** {@code version}: the results version the change produced (the one before it, plus one). */
    public record Outcome(String competition, String event, String status, String reason, String entryId, String personId,
                          String name, String nextLevelEntryId, Set<String> substitutes, String substituteNames, int version) {
    }

    static final String DISQUALIFIED_FOR = "赛后复核发现使用违规工装夹具 (a forbidden fixture found on review)";
    static final String WITHDRAWN_FOR = "比赛后受伤，无法参加自治区比赛 (injured: cannot go on to the regional competition)";

    private final Api api = new Api();
    private final SeedScenario.Urls urls;
    private final Keys keys;
    private final String organizer;
    private final Duration patience;
    private final Consumer<String> progress;

    StatusChanges(SeedScenario.Urls urls, Keys keys, String organizer, Duration patience, Consumer<String> progress) {
        this.urls = urls;
        this.keys = keys;
        this.organizer = organizer;
        this.patience = patience;
        this.progress = progress;
    }

    /** The disqualification at Karamay, then the withdrawal at Urumqi; both followed to Xinjiang. */
    List<Outcome> run() {
        long t0 = System.nanoTime();
        JsonNode welders = ranking(SeedScenario.KARAMAY, "welder");
        JsonNode winner = placed(welders, 1);
        String chief = keys.token("chief-judge", null, SeedScenario.KARAMAY + "-welder-chief", Duration.ofHours(1));
        JsonNode done = api.expect(201, "POST", urls.scoring() + "/api/v1/events/" + SeedScenario.KARAMAY + "/welder/disqualifications",
                chief, Map.of("entryId", winner.get("entryId").asText(), "reason", DISQUALIFIED_FOR));
        if (done.get("version").asInt() != welders.get("version").asInt() + 1) {
            throw new IllegalStateException("the disqualification published results version " + done.get("version"));
        }

        JsonNode riders = ranking(SeedScenario.URUMQI, "delivery-rider");
        JsonNode second = placed(riders, 2);
        String federation = second.get("federation").asText();
        String token = keys.token("federation", federation, "federation-" + federation, Duration.ofHours(1));
        api.expect(200, "POST", urls.registration() + "/api/v1/entries/" + second.get("entryId").asText() + "/withdrawal", token,
                Map.of("reason", WITHDRAWN_FOR));

        Outcome disqualified = follow(SeedScenario.KARAMAY, "welder", welders, winner, "DISQUALIFIED", DISQUALIFIED_FOR);
        Outcome withdrawn = follow(SeedScenario.URUMQI, "delivery-rider", riders, second, "WITHDRAWN", WITHDRAWN_FOR);
        progress.accept(String.format("取消资格 disqualified after the lock: %s (%s 焊工 第1名), %s moves up to the quota; "
                        + "退赛 withdrawn after ranking: %s (%s 网约配送员 第2名), %s takes the place (%.1f s)",
                disqualified.name(), SeedScenario.KARAMAY, disqualified.substituteNames(), withdrawn.name(), SeedScenario.URUMQI,
                withdrawn.substituteNames(), (System.nanoTime() - t0) / 1e9));
        return List.of(disqualified, withdrawn);
    }

    /**
     * Waits for the next results version of the event (a correction during 公示 may have come before)
     * to be ranked with the entrant listed as {@code status},
     * then for Xinjiang's registration: the entrant's promoted entry withdrawn, the substitute's registered.
     */
    private Outcome follow(String competition, String event, JsonNode before, JsonNode entrant, String status, String reason) {
        String label = competition + "/" + event;
        String entryId = entrant.get("entryId").asText();
        JsonNode[] after = {null};
        int version = before.get("version").asInt() + 1;
        await(label + ": results version " + version + " ranked with " + entryId + " " + status, () -> {
            after[0] = ranking(competition, event);
            return after[0].get("version").asInt() == version && after[0].get("places").findValuesAsText("entryId").contains(entryId);
        });
        JsonNode listed = null;
        for (JsonNode p : after[0].get("places")) {
            if (p.get("entryId").asText().equals(entryId)) {
                listed = p;
            }
        }
        if (!status.equals(listed.get("status").asText()) || !listed.get("place").isNull() || listed.get("advanced").asBoolean()) {
            throw new IllegalStateException(label + ": " + entryId + " is listed as " + listed);
        }
        Set<String> advancedBefore = advanced(before);
        Set<String> substitutes = advanced(after[0]);
        substitutes.removeAll(advancedBefore);
        if (substitutes.isEmpty()) {
            throw new IllegalStateException(label + ": nobody moved up into the quota");
        }
        String personId = entrant.get("personId").asText();
        String next = urls.registration() + "/api/v1/competitions/" + SeedScenario.XINJIANG + "/events/" + event + "/entries";
        String[] withdrawnThere = {null};
        await(SeedScenario.XINJIANG + "/" + event + ": " + personId + " withdrawn and " + substitutes + " registered", () -> {
            Set<String> registered = new HashSet<>();
            for (JsonNode e : api.all(next, organizer, Api.LONG_PAGE)) {
                if (!e.get("origin").asText().equals("PROMOTED")) {
                    continue;
                }
                if (e.get("personId").asText().equals(personId) && e.get("status").asText().equals("WITHDRAWN")) {
                    withdrawnThere[0] = e.get("entryId").asText();
                }
                if (e.get("status").asText().equals("REGISTERED")) {
                    registered.add(e.get("personId").asText());
                }
            }
            return registered.containsAll(substitutes) && withdrawnThere[0] != null;
        });
        return new Outcome(competition, event, status, reason, entryId, personId, entrant.get("name").asText(), withdrawnThere[0],
                Set.copyOf(substitutes), String.join("、", substitutes.stream().map(p -> nameOf(after[0], p)).sorted().toList()),
                version);
    }

    private JsonNode ranking(String competition, String event) {
        return api.whole(urls.ranking() + "/api/v1/events/" + competition + "/" + event + "/ranking", null, "places", Api.LONG_PAGE);
    }

    /** The advancing entrant at this place (the scenario's abilities make places 1 and 2 unshared and within the quota). */
    private static JsonNode placed(JsonNode ranking, int place) {
        for (JsonNode p : ranking.get("places")) {
            if (p.path("place").asInt() == place && p.get("advanced").asBoolean()) {
                return p;
            }
        }
        throw new IllegalStateException("no advancing entrant at place " + place + ": " + ranking.get("places"));
    }

    private static Set<String> advanced(JsonNode ranking) {
        Set<String> people = new HashSet<>();
        ranking.get("places").forEach(p -> {
            if (p.get("advanced").asBoolean()) {
                people.add(p.get("personId").asText());
            }
        });
        return people;
    }

    private static String nameOf(JsonNode ranking, String personId) {
        for (JsonNode p : ranking.get("places")) {
            if (p.get("personId").asText().equals(personId)) {
                return p.get("name").asText();
            }
        }
        return personId;
    }

    private void await(String what, java.util.function.BooleanSupplier condition) {
        Api.await(what, patience, Duration.ofMillis(250), condition);
    }
}

package org.skillscontest.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.skillscontest.deploy.stack.Keys;

/**
 * A city event run in rounds, as Jilin's and Shanghai's are: everyone sits a theory-only preliminary
 * (初赛) on an outside exam platform, whose scores are imported in one request by ID number; the top
 * {@link #FINALISTS} go on to the final (决赛), marked by a panel. Karamay's courier event (快递员),
 * which promotes nobody, so the seed path of the other events stays as it was.
 */
final class Preliminary {

    static final String EVENT = "courier";
    static final int FINALISTS = 12;

    private final SeedScenario.Urls urls;
    private final Keys keys;
    private final Api api;
    private final SeedPeople people;
    private final String organizer;
    private final Consumer<String> progress;
    private final Duration patience;
    private final String competition = SeedScenario.KARAMAY;
    private final String scoring;
    private final Map<String, Double> abilityByIdNumber = new LinkedHashMap<>();

    Preliminary(SeedScenario.Urls urls, Keys keys, Api api, SeedPeople people, String organizer, Duration patience,
                Consumer<String> progress) {
        this.urls = urls;
        this.keys = keys;
        this.api = api;
        this.people = people;
        this.organizer = organizer;
        this.patience = patience;
        this.progress = progress;
        this.scoring = urls.scoring() + "/api/v1/events/" + competition + "/" + EVENT;
    }

    /** The event: a preliminary with a cut of the top {@link #FINALISTS}, and the final. */
    void setUp(int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", EVENT);
        body.put("name", "快递员");
        body.put("occupation", "快递员");
        body.put("skillLevel", 4);
        body.put("capacity", capacity);
        body.put("quota", 0);
        body.put("scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10,
                "modules", List.of(Map.of("code", "sorting", "name", "快件分拣与派送", "maxMark", 100, "weight", 100))));
        body.put("rounds", List.of(
                Map.of("code", "PRELIM", "name", "初赛", "cut", Map.of("mode", "TOP_N", "value", FINALISTS),
                        "scoring", Map.of("theoryWeight", 100, "practicalWeight", 0, "modules", List.of())),
                Map.of("code", "FINAL", "name", "决赛")));
        api.expect(201, "POST", urls.registration() + "/api/v1/competitions/" + competition + "/events", organizer, body);
    }

    /** Karamay's federations enter {@code entrants} couriers in one batch each. */
    void register(List<SeedScenario.Federation> federations, int entrants, ToIntFunction<String> enterpriseIndex) {
        long t0 = System.nanoTime();
        Map<SeedScenario.Federation, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (int i = 0; i < entrants; i++) {
            SeedScenario.Federation f = federations.get(i % federations.size());
            String idNumber = people.idNumber(f.region());
            abilityByIdNumber.put(idNumber, people.uniform(55, 95));
            String enterprise = f.enterprises()[i % f.enterprises().length];
            rows.computeIfAbsent(f, k -> new ArrayList<>()).add(Map.of("name", people.name(true), "idNumber", idNumber,
                    "phone", people.phone(), "currentSkillLevel", 5, "employer", Map.of("name", enterprise,
                            "creditCode", SeedPeople.creditCode(f.region(), enterpriseIndex.applyAsInt(enterprise)))));
        }
        for (var batch : rows.entrySet()) {
            String token = keys.token("federation", batch.getKey().code(), "federation-" + batch.getKey().code(), Duration.ofHours(1));
            JsonNode answer = api.expect(200, "POST", urls.registration() + "/api/v1/competitions/" + competition + "/events/"
                    + EVENT + "/entries/batch", token, Map.of("entries", batch.getValue()));
            if (answer.get("rejected").size() > 0) {
                throw new IllegalStateException(batch.getKey().code() + ": couriers rejected: " + answer.get("rejected"));
            }
        }
        progress.accept(String.format("工会 federations: %d couriers registered for %s's preliminary (%.1f s)", entrants,
                competition, seconds(t0)));
    }

    /** The preliminary imported and locked, the cut awaited, the final marked and locked. */
    void run() {
        long t0 = System.nanoTime();
        String prelim = scoring + "/rounds/PRELIM";
        String prelimChief = competition + "-" + EVENT + "-prelim-chief";
        awaitTrue("scoring knows the courier preliminary's " + abilityByIdNumber.size() + " entrants", () ->
                api.send("GET", prelim + "/results", organizer, null).body().path("total").asInt() == abilityByIdNumber.size());
        api.expect(200, "PUT", prelim + "/panel", organizer, Map.of("chiefJudge", prelimChief, "modules", Map.of()));
        List<Map<String, Object>> scores = new ArrayList<>();
        abilityByIdNumber.forEach((idNumber, skill) -> scores.add(Map.of("idNumber", idNumber,
                "score", BigDecimal.valueOf(Math.min(100, skill + people.uniform(-3, 3))).setScale(1, RoundingMode.HALF_UP),
                "answers", Map.of("Q1", String.valueOf("ABCD".charAt(people.between(0, 3)))))));
        JsonNode imported = api.send("POST", prelim + "/theory/import", organizer, Map.of("scores", scores),
                Map.of("Idempotency-Key", competition + "/" + EVENT + "/PRELIM/exam-platform-export")).body();
        if (imported.path("imported").asInt() != scores.size()) {
            throw new IllegalStateException("the preliminary's import: " + imported);
        }
        String prelimChiefToken = keys.token("chief-judge", null, prelimChief, Duration.ofHours(1));
        api.expect(200, "POST", prelim + "/lock", prelimChiefToken, null);
        String round = urls.ranking() + "/api/v1/events/" + competition + "/" + EVENT + "/rounds/PRELIM/ranking";
        awaitTrue("ranking draws the preliminary's cut", () -> api.send("GET", round, null, null).status() == 200);
        JsonNode cut = api.whole(round, null, "places", Api.LONG_PAGE);
        int finalists = cut.get("qualified").asInt();
        progress.accept(String.format("CITY       %s · 快递员 初赛: %d theory scores imported by ID number in one request, "
                        + "%d of %d into the final, cut mark %s (%.1f s)", competition, scores.size(), finalists,
                cut.get("entrants").asInt(), cut.get("cutMark").asText(), seconds(t0)));

        long t1 = System.nanoTime();
        awaitTrue("scoring's final roster is the " + finalists + " finalists", () ->
                api.send("GET", scoring + "/results", organizer, null).body().path("total").asInt() == finalists);
        String chief = competition + "-" + EVENT + "-chief";
        List<String> judges = List.of("courier-j1", "courier-j2", "courier-j3");
        api.expect(200, "PUT", scoring + "/panel", organizer, Map.of("chiefJudge", chief, "modules", Map.of("sorting", judges)));
        Map<String, Double> abilityByEntry = new HashMap<>();
        cut.get("places").forEach(p -> abilityByEntry.put(p.get("entryId").asText(), p.get("total").asDouble()));
        List<String> finalEntries = new ArrayList<>();
        api.whole(scoring + "/results", organizer, "entries", Api.LONG_PAGE).get("entries")
                .forEach(n -> finalEntries.add(n.get("entryId").asText()));
        for (String judge : judges) {
            List<Map<String, Object>> marks = new ArrayList<>();
            for (String entry : finalEntries) {
                double mark = Math.min(100, abilityByEntry.getOrDefault(entry, 80.0) + people.uniform(-2, 2));
                marks.add(Map.of("entryId", entry, "module", "sorting", "mark", BigDecimal.valueOf(mark).setScale(1, RoundingMode.HALF_UP),
                        "timeUsedSeconds", people.between(900, 1800)));
            }
            api.expect(200, "POST", scoring + "/marks", keys.token("judge", null, judge, Duration.ofHours(1)), Map.of("marks", marks));
        }
        String chiefToken = keys.token("chief-judge", null, chief, Duration.ofHours(1));
        api.expect(200, "POST", scoring + "/theory", chiefToken, Map.of("scores", finalEntries.stream()
                .map(e -> Map.of("entryId", e, "score", BigDecimal.valueOf(Math.min(100, abilityByEntry.getOrDefault(e, 80.0)))
                        .setScale(1, RoundingMode.HALF_UP))).toList()));
        api.expect(200, "POST", scoring + "/lock", chiefToken, null);
        String ranking = urls.ranking() + "/api/v1/events/" + competition + "/" + EVENT + "/ranking";
        awaitTrue("the courier final is ranked", () -> api.send("GET", ranking, null, null).status() == 200);
        progress.accept(String.format("CITY       %s · 快递员 决赛: %d finalists marked by %d judges, locked and ranked (%.1f s)",
                competition, finalEntries.size(), judges.size(), seconds(t1)));
    }

    private void awaitTrue(String what, BooleanSupplier condition) {
        Api.await(competition + "/" + EVENT + ": " + what, patience, Duration.ofMillis(250), condition);
    }

    private static double seconds(long startNanos) {
        return Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
    }
}

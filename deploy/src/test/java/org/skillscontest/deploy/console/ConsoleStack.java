package org.skillscontest.deploy.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillscontest.contracts.CheckCharacters;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.stack.LocalStack;

/**
 * The running stack as the console's browser tests use it: the console's URL, tokens for checking
 * what the browser did against the services' APIs, and set-up over REST for flows that begin later
 * in a competition's life (the organiser's own flow sets up through the browser).
 */
public final class ConsoleStack {

    private final LocalStack stack;
    private final Api api;

    ConsoleStack(LocalStack stack, Api api) {
        this.stack = stack;
        this.api = api;
    }

    public String url() {
        return stack.console().url();
    }

    public String registration() {
        return stack.url("registration");
    }

    public String scoring() {
        return stack.url("scoring");
    }

    public String ranking() {
        return stack.url("ranking");
    }

    public Api api() {
        return api;
    }

    public String token(String role, String federation, String subject) {
        return stack.keys().token(role, federation, subject, Duration.ofHours(1));
    }

    public String organiser() {
        return token("organizer", null, "organiser-1");
    }

    /** A new federation (over REST) named {@code name}; its code. */
    public String federation(String name) {
        String code = "F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api.expect(201, "POST", registration() + "/api/v1/federations", organiser(),
                Map.of("code", code, "name", name, "regionCode", "650200"));
        return code;
    }

    public JsonNode get(String url, String token) {
        return api.get(url, token);
    }

    /** A valid resident ID number (18 characters, check character right) of someone born in 1990, by {@code sequence}. */
    public static String idNumber(int sequence) {
        String first17 = "650203" + LocalDate.of(1990, 1, 1).plusDays(sequence / 1000).toString().replace("-", "")
                + String.format("%03d", sequence % 1000);
        return first17 + CheckCharacters.idNumber(first17);
    }

    /** A valid unified social credit code of an enterprise in Karamay. */
    public static String creditCode(int enterprise) {
        String first17 = "91650200" + String.format("%09d", 100_000 + enterprise * 7919L).substring(0, 9);
        return first17 + CheckCharacters.creditCode(first17);
    }

    /**
     * A city competition with one event, set up over REST: modules m1 (实操一, max 60) and m2 (实操二, max 40),
     * judges {@code <event>-j1}, {@code -j2} on m1 and {@code -j3} on m2, chief judge {@code <event>-chief};
     * {@code entrants} entrants of one federation, known to scoring before this returns.
     */
    public SmallCompetition smallCompetition(String name, int entrants) {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String federation = federation(name + "工会");
        String competition = "C" + tag;
        String event = "welder";
        createCompetitionWithWelders(competition, name, 0);

        List<Map<String, Object>> rows = new ArrayList<>();
        int base = Math.abs(tag.hashCode() % 300) * 1000;
        for (int i = 0; i < entrants; i++) {
            rows.add(Map.of("name", "选手" + (i + 1), "idNumber", idNumber(base + i), "phone", "1390000" + String.format("%04d", i),
                    "employer", Map.of("name", "克拉玛依石化", "creditCode", creditCode(7)), "currentSkillLevel", 3));
        }
        JsonNode answer = api.send("POST", registration() + "/api/v1/competitions/" + competition + "/events/" + event + "/entries/batch",
                token("federation", federation, "staff@" + federation), Map.of("entries", rows),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).body();
        List<String> entryIds = new ArrayList<>();
        answer.path("accepted").forEach(a -> entryIds.add(a.path("entryId").asText()));
        if (entryIds.size() != entrants) {
            throw new IllegalStateException("the fixture's entrants were not all accepted: " + answer);
        }
        String chief = event + "-" + tag + "-chief";
        Map<String, List<String>> panel = new LinkedHashMap<>();
        panel.put("m1", List.of(event + "-" + tag + "-j1", event + "-" + tag + "-j2"));
        panel.put("m2", List.of(event + "-" + tag + "-j3"));
        String scoringEvent = scoring() + "/api/v1/events/" + competition + "/" + event;
        // stations are drawn when the panel is set: set it once scoring knows every entrant
        Api.await("scoring knows the entrants of " + competition, Duration.ofSeconds(60), Duration.ofMillis(300), () -> {
            Set<String> known = new HashSet<>();
            api.whole(scoringEvent + "/results", organiser(), "entries", Api.LONG_PAGE).path("entries")
                    .forEach(n -> known.add(n.path("entryId").asText()));
            return known.containsAll(entryIds);
        });
        api.expect(200, "PUT", scoringEvent + "/panel", organiser(), Map.of("chiefJudge", chief, "modules", panel));
        return new SmallCompetition(competition, event, federation, List.copyOf(entryIds), chief, panel);
    }

    /** Every judge marks every entrant over REST (marks spread by entrant) and the chief judge enters theory scores. */
    public void markAll(SmallCompetition c) {
        String scoringEvent = scoring() + "/api/v1/events/" + c.competition() + "/" + c.event();
        Map<String, Integer> max = Map.of("m1", 60, "m2", 40);
        c.panel().forEach((module, judges) -> {
            for (String judge : judges) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < c.entryIds().size(); i++) {
                    BigDecimal mark = BigDecimal.valueOf(max.get(module) * (90 - 5 * i) / 100.0).setScale(1, java.math.RoundingMode.HALF_UP);
                    rows.add(Map.of("entryId", c.entryIds().get(i), "module", module, "mark", mark, "timeUsedSeconds", 1800 + i));
                }
                api.expect(200, "POST", scoringEvent + "/marks", token("judge", null, judge), Map.of("marks", rows));
            }
        });
        List<Map<String, Object>> theory = new ArrayList<>();
        for (int i = 0; i < c.entryIds().size(); i++) {
            theory.add(Map.of("entryId", c.entryIds().get(i), "score", BigDecimal.valueOf(85 - i)));
        }
        api.expect(200, "POST", scoringEvent + "/theory", token("chief-judge", null, c.chiefJudge()), Map.of("scores", theory));
    }

    /** The chief judge locks over REST; returns once ranking has ranked the event. */
    public JsonNode lockAndAwaitRanking(SmallCompetition c) {
        api.expect(200, "POST", scoring() + "/api/v1/events/" + c.competition() + "/" + c.event() + "/lock",
                token("chief-judge", null, c.chiefJudge()), null);
        return awaitRanking(c);
    }

    public JsonNode awaitRanking(SmallCompetition c) {
        String url = ranking() + "/api/v1/events/" + c.competition() + "/" + c.event() + "/ranking";
        Api.await("ranking of " + c.competition(), Duration.ofSeconds(60), Duration.ofMillis(300),
                () -> api.send("GET", url, null, null).status() == 200);
        return api.whole(url, null, "places", Api.LONG_PAGE);
    }

    /** What {@link #smallCompetition} made: codes, the entries in registration order, the panel by module. */
    public record SmallCompetition(String competition, String event, String federation, List<String> entryIds,
                                   String chiefJudge, Map<String, List<String>> panel) {
    }

    /**
     * A city competition in Karamay (650200) with one event (焊工 {@code welder}, capacity 500) and no
     * entrants, set up over REST; registration open for three weeks more. For flows that register themselves.
     */
    public OpenEvent openEvent(String name) {
        String competition = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        createCompetitionWithWelders(competition, name, null);
        return new OpenEvent(competition, "welder");
    }

    public record OpenEvent(String competition, String event) {
    }

    /**
     * A city competition in Karamay (650200), registration open for three weeks more, with one event: 焊工
     * {@code welder}, capacity 500, modules m1 (实操一, max 60) and m2 (实操二, max 40), one of each award.
     * {@code publicityDays} null: the service's default.
     */
    private void createCompetitionWithWelders(String competition, String name, Integer publicityDays) {
        LocalDate startsOn = LocalDate.now().plusDays(30);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", competition);
        body.put("name", name);
        body.put("level", "CITY");
        body.put("regionCode", "650200");
        body.put("edition", 1);
        body.put("year", startsOn.getYear());
        body.put("startsOn", startsOn.toString());
        body.put("registrationClosesAt", startsOn.minusDays(7).atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toString());
        body.put("feeds", null);
        if (publicityDays != null) {
            body.put("publicityDays", publicityDays);
        }
        api.expect(201, "POST", registration() + "/api/v1/competitions", organiser(), body);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", "welder");
        e.put("name", "焊工");
        e.put("occupation", "焊工");
        e.put("skillLevel", 3);
        e.put("capacity", 500);
        e.put("quota", 0);
        e.put("advancesTo", null);
        e.put("scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10, "modules", List.of(
                Map.of("code", "m1", "name", "实操一", "maxMark", 60, "weight", 60),
                Map.of("code", "m2", "name", "实操二", "maxMark", 40, "weight", 40))));
        e.put("awards", Map.of("mode", "COUNT", "gold", 1, "silver", 1, "bronze", 1, "excellence", 1));
        api.expect(201, "POST", registration() + "/api/v1/competitions/" + competition + "/events", organiser(), e);
    }
}

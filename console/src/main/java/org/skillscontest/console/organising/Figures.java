package org.skillscontest.console.organising;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A competition's figures as the services count them, read from their JSON: registration's
 * {@code GET /api/v1/competitions/{c}/statistics} (entrants, people, enterprises, federations by event),
 * ranking's statistics of the same path (finalists, awards, promotions out by event) and its promotions.
 */
public final class Figures {

    /** The award kinds in order, as people name them. */
    static final Map<String, String> AWARDS = awards();

    private Figures() {
    }

    private static Map<String, String> awards() {
        Map<String, String> awards = new LinkedHashMap<>();
        awards.put("GOLD", "金奖 Gold");
        awards.put("SILVER", "银奖 Silver");
        awards.put("BRONZE", "铜奖 Bronze");
        awards.put("EXCELLENCE", "优胜奖 Excellence");
        return awards;
    }

    /** Registration's counts: active entrants (withdrawn apart) and the distinct people, enterprises and federations among them. */
    public record Counts(long entrants, long withdrawn, long people, long enterprises, long federations, long promotedIn,
                         long promotedOut) {

        static Counts of(JsonNode n) {
            return new Counts(n.path("entrants").asLong(), n.path("withdrawn").asLong(), n.path("people").asLong(),
                    n.path("enterprises").asLong(), n.path("federations").asLong(), n.path("promotedIn").asLong(),
                    n.path("promotedOut").asLong());
        }
    }

    public record EventCounts(String event, String name, String occupation, Counts counts) {
    }

    public record Registration(boolean published, int events, Counts totals, List<EventCounts> byEvent) {

        static Registration of(JsonNode n) {
            List<EventCounts> byEvent = new ArrayList<>();
            n.path("byEvent").forEach(e -> byEvent.add(new EventCounts(e.path("event").asText(), e.path("name").asText(),
                    e.path("occupation").asText(), Counts.of(e.path("counts")))));
            return new Registration(n.path("published").asBoolean(), n.path("events").asInt(), Counts.of(n.path("totals")),
                    List.copyOf(byEvent));
        }
    }

    /** Ranking's counts of an event or the whole competition: ranked entrants (with a place), promotions out, awards by kind. */
    public record Results(long finalists, long promotionsOut, Map<String, Long> awards) {

        static Results of(JsonNode n) {
            Map<String, Long> awards = new LinkedHashMap<>();
            AWARDS.keySet().forEach(kind -> awards.put(kind, n.path("awards").path(kind).asLong()));
            return new Results(n.path("finalists").asLong(), n.path("promotionsOut").asLong(), awards);
        }

        public long award(String kind) {
            return awards.getOrDefault(kind, 0L);
        }
    }

    public record EventResults(String event, String name, int version, Results results) {
    }

    public record Ranking(boolean published, int events, int eventsRanked, Results totals, List<EventResults> byEvent) {

        static Ranking of(JsonNode n) {
            List<EventResults> byEvent = new ArrayList<>();
            n.path("byEvent").forEach(e -> byEvent.add(new EventResults(e.path("event").asText(), e.path("name").asText(),
                    e.path("version").asInt(), Results.of(e.path("counts")))));
            return new Ranking(n.path("published").asBoolean(), n.path("events").asInt(), n.path("eventsRanked").asInt(),
                    Results.of(n.path("totals")), List.copyOf(byEvent));
        }
    }

    /** One promotion out of the competition (晋级名单). */
    public record Promotion(String name, String federation, String fromEvent, int place, String award, String toCompetition,
                            String toEvent, String status) {

        static List<Promotion> of(JsonNode list) {
            List<Promotion> promotions = new ArrayList<>();
            list.forEach(p -> promotions.add(new Promotion(p.path("name").asText(), p.path("federation").asText(),
                    p.path("from").path("event").asText(), p.path("place").asInt(),
                    p.path("award").isTextual() ? p.path("award").asText() : null, p.path("to").path("competition").asText(),
                    p.path("to").path("event").asText(), p.path("status").asText())));
            return List.copyOf(promotions);
        }

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        public String awardLabel() {
            return award == null ? "—" : AWARDS.getOrDefault(award, award);
        }
    }
}

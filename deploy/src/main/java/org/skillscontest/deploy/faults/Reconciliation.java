package org.skillscontest.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.faults.Finding.Kind;

/**
 * Compares what the services hold with what was submitted, and reads the topics for facts doubled or
 * out of order. The expectation is computed here, independently of the services' rules: every entrant
 * registration accepted is known to scoring and ranking; each event's results version is 1 + the
 * corrections the suite made, published and ranked exactly once; places follow scoring's totals; the
 * entrants placed within the quota (ties included) are promoted, registered one level up once, and a
 * promotion a correction took away is revoked there.
 */
final class Reconciliation {

    private static final List<String> LEVELS = List.of("CITY", "PROVINCIAL", "NATIONAL");

    private final Map<String, List<ConsumerRecord<String, String>>> topics;
    private final List<Finding> findings = new ArrayList<>();
    /** When each event id reached a dead-letter topic (first time). */
    private final Map<String, Instant> deadLettered = new HashMap<>();
    /** Each event id's first record on its topic. */
    private final Map<String, ConsumerRecord<String, String>> firstById = new HashMap<>();
    private final Map<String, ConsumerRecord<String, String>> registeredByEntry = new HashMap<>();

    Reconciliation(Map<String, List<ConsumerRecord<String, String>>> topics) {
        this.topics = topics;
        for (Topic t : Topic.values()) {
            for (ConsumerRecord<String, String> r : topics.getOrDefault(t.deadLetterTopic(), List.of())) {
                String id = TopicLog.header(r, "ce_id");
                if (id != null) {
                    deadLettered.putIfAbsent(id, Instant.ofEpochMilli(r.timestamp()));
                }
            }
            for (ConsumerRecord<String, String> r : real(t)) {
                firstById.putIfAbsent(TopicLog.header(r, "ce_id"), r);
            }
        }
        for (ConsumerRecord<String, String> r : real(Topic.ENTRY_REGISTERED)) {
            JsonNode v = json(r);
            if (v != null && v.hasNonNull("entryId")) {
                registeredByEntry.putIfAbsent(v.get("entryId").asText(), r);
            }
        }
    }

    List<Finding> findings() {
        return findings;
    }

    /** The end state against the expectation. */
    Reconciliation state(PipelineSnapshot snapshot, Map<String, Integer> corrections) {
        for (PipelineSnapshot.EventState e : snapshot.events().values()) {
            entrants(e);
            versions(e, 1 + corrections.getOrDefault(e.key(), 0));
            places(e);
        }
        promotions(snapshot);
        return this;
    }

    /** Every entrant registration holds is known to scoring and, once the event is ranked, placed by ranking. */
    private void entrants(PipelineSnapshot.EventState e) {
        Set<String> scored = ids(e.results() == null ? null : e.results().get("entries"), "entryId");
        Set<String> placed = ids(e.ranking() == null ? null : e.ranking().get("places"), "entryId");
        for (JsonNode entry : e.entries()) {
            if (!entry.get("status").asText().equals("REGISTERED")) {
                continue;
            }
            String id = entry.get("entryId").asText();
            ConsumerRecord<String, String> record = registeredByEntry.get(id);
            Instant at = record == null ? null : when(record);
            if (!scored.contains(id)) {
                findings.add(new Finding(Kind.LOST, at, "scoring does not know entrant " + id + " of " + e.key()));
            }
            if (e.ranking() != null && !placed.contains(id)) {
                findings.add(new Finding(Kind.LOST, at, "ranking did not place entrant " + id + " of " + e.key()));
            }
        }
    }

    /** Each results version published and ranked, exactly once. */
    private void versions(PipelineSnapshot.EventState e, int expected) {
        if (e.results() == null || !e.results().get("locked").asBoolean()) {
            findings.add(new Finding(Kind.LOST, null, e.key() + " was never locked in scoring (the run stopped before)"));
            return;
        }
        ConsumerRecord<String, String> published = lastResults(e.key(), expected);
        Instant at = published == null ? null : when(published);
        if (e.results().get("version").asInt() != expected) {
            findings.add(new Finding(Kind.LOST, at, e.key() + ": scoring holds results version " + e.results().get("version").asInt()
                    + ", " + expected + " expected"));
        }
        int ranked = e.ranking() == null ? 0 : e.ranking().get("version").asInt();
        if (ranked != expected) {
            findings.add(new Finding(Kind.LOST, at, e.key() + ": ranking holds version " + ranked + ", " + expected + " expected"));
        }
        Map<Integer, Set<String>> idsOfVersion = new HashMap<>();
        for (ConsumerRecord<String, String> r : real(Topic.EVENT_RANKED)) {
            JsonNode v = json(r);
            if (e.key().equals(r.key()) && v != null) {
                idsOfVersion.computeIfAbsent(v.path("version").asInt(), k -> new HashSet<>()).add(TopicLog.header(r, "ce_id"));
            }
        }
        for (int version = 1; version <= ranked; version++) {
            Set<String> ids = idsOfVersion.getOrDefault(version, Set.of());
            if (ids.isEmpty()) {
                findings.add(new Finding(Kind.LOST, at, e.key() + ": version " + version + " ranked but never announced on event-ranked"));
            } else if (ids.size() > 1) {
                findings.add(new Finding(Kind.DOUBLED, latest(ids), e.key() + ": version " + version + " announced under " + ids.size() + " ids"));
            }
        }
    }

    /** A better total never gets a worse place than a lower one (among competing entrants: the others take no place). */
    private void places(PipelineSnapshot.EventState e) {
        if (e.ranking() == null || e.results() == null) {
            return;
        }
        Map<String, BigDecimal> totals = new HashMap<>();
        e.results().get("entries").forEach(l -> {
            if (l.hasNonNull("total") && l.path("status").asText("COMPETING").equals("COMPETING")) {
                totals.put(l.get("entryId").asText(), l.get("total").decimalValue());
            }
        });
        List<JsonNode> places = new ArrayList<>();
        e.ranking().get("places").forEach(places::add);
        for (JsonNode a : places) {
            for (JsonNode b : places) {
                BigDecimal ta = totals.get(a.get("entryId").asText());
                BigDecimal tb = totals.get(b.get("entryId").asText());
                if (ta != null && tb != null && ta.compareTo(tb) > 0 && a.path("place").asInt(Integer.MAX_VALUE) > b.path("place").asInt(Integer.MAX_VALUE)) {
                    findings.add(new Finding(Kind.LOST, null, e.key() + ": " + a.get("entryId").asText() + " (total " + ta
                            + ") placed behind " + b.get("entryId").asText() + " (total " + tb + ")"));
                }
            }
        }
    }

    /** The quota's entrants promoted once and registered one level up once; revoked promotions gone there. */
    private void promotions(PipelineSnapshot snapshot) {
        Map<String, Set<String>> expectedAt = new LinkedHashMap<>(); // next-level event → people promoted into it
        for (PipelineSnapshot.EventState e : snapshot.events().values()) {
            if (e.ref().advancesTo() == null || e.ranking() == null) {
                continue;
            }
            Set<String> expected = new HashSet<>();
            Set<String> flagged = new HashSet<>();
            for (JsonNode p : e.ranking().get("places")) {
                if (p.hasNonNull("place") && p.get("place").asInt() <= e.ref().quota()) {
                    expected.add(p.get("personId").asText());
                }
                if (p.get("advanced").asBoolean()) {
                    flagged.add(p.get("personId").asText());
                }
            }
            Instant ranked = rankedAt(e.key());
            if (!flagged.equals(expected)) {
                findings.add(new Finding(Kind.LOST, ranked, e.key() + ": advanced " + flagged + ", the quota's places are " + expected));
            }
            expectedAt.computeIfAbsent(e.ref().advancesTo() + "/" + e.ref().event(), k -> new HashSet<>()).addAll(expected);
            Map<String, Integer> active = new HashMap<>();
            for (JsonNode p : snapshot.promotions().get(e.ref().competition())) {
                if (p.get("from").get("event").asText().equals(e.ref().event()) && p.get("status").asText().equals("ACTIVE")) {
                    active.merge(p.get("personId").asText(), 1, Integer::sum);
                }
            }
            expected.stream().filter(person -> !active.containsKey(person)).forEach(person ->
                    findings.add(new Finding(Kind.LOST, ranked, e.key() + ": no active promotion of " + person)));
            active.forEach((person, n) -> {
                if (n > 1 || !expected.contains(person)) {
                    findings.add(new Finding(n > 1 ? Kind.DOUBLED : Kind.LOST, ranked, e.key() + ": " + n + " active promotion(s) of "
                            + person + (expected.contains(person) ? "" : ", who is not within the quota")));
                }
            });
        }
        for (var next : expectedAt.entrySet()) {
            PipelineSnapshot.EventState target = snapshot.events().get(next.getKey());
            Map<String, Integer> registered = new HashMap<>();
            for (JsonNode entry : target.entries()) {
                if (entry.get("origin").asText().equals("PROMOTED") && entry.get("status").asText().equals("REGISTERED")) {
                    registered.merge(entry.get("personId").asText(), 1, Integer::sum);
                }
            }
            for (String person : next.getValue()) {
                if (!registered.containsKey(person)) {
                    findings.add(new Finding(Kind.LOST, promotedAt(person), next.getKey() + ": promoted " + person + " not registered"));
                }
            }
            registered.forEach((person, n) -> {
                if (n > 1) {
                    findings.add(new Finding(Kind.DOUBLED, promotedAt(person), next.getKey() + ": " + person + " registered " + n + " times"));
                } else if (!next.getValue().contains(person)) {
                    findings.add(new Finding(Kind.LOST, revokedAt(person), next.getKey() + ": " + person
                            + " still registered though no longer promoted (a revocation lost)"));
                }
            });
        }
    }

    /** Facts on the topics under two ids, and records of one key out of order (first deliveries of each id). */
    Reconciliation topics() {
        for (Topic t : Topic.values()) {
            Map<String, Set<String>> idsOfValue = new HashMap<>();
            for (ConsumerRecord<String, String> r : real(t)) {
                if (idsOfValue.computeIfAbsent(r.value(), v -> new HashSet<>()).add(TopicLog.header(r, "ce_id"))
                        && idsOfValue.get(r.value()).size() > 1) {
                    findings.add(new Finding(Kind.DOUBLED, Instant.ofEpochMilli(r.timestamp()), t.topicName() + ": one fact under ids "
                            + idsOfValue.get(r.value())));
                }
            }
        }
        order(Topic.RESULTS_PUBLISHED, v -> v.path("version").asInt() * 100_000L + v.path("part").asInt());
        order(Topic.EVENT_RANKED, v -> v.path("version").asLong());
        order(Topic.ENTRANT_PROMOTED, v -> LEVELS.indexOf(v.path("from").path("level").asText()));
        return this;
    }

    /** Within each key, the first delivery of each event id must not go back in {@code rank}. */
    private void order(Topic topic, java.util.function.ToLongFunction<JsonNode> rank) {
        Set<String> seen = new HashSet<>();
        Map<String, Long> highest = new HashMap<>();
        for (ConsumerRecord<String, String> r : real(topic)) {
            if (!seen.add(TopicLog.header(r, "ce_id"))) {
                continue; // a redelivery: consumers ignore it
            }
            JsonNode v = json(r);
            if (v == null) {
                continue;
            }
            long value = rank.applyAsLong(v);
            Long before = highest.get(r.key());
            if (before != null && value < before) {
                findings.add(new Finding(Kind.OUT_OF_ORDER, Instant.ofEpochMilli(r.timestamp()), topic.topicName() + " key " + r.key()
                        + ": " + value + " after " + before + " (partition " + r.partition() + ", offset " + r.offset() + ")"));
            }
            highest.merge(r.key(), value, Math::max);
        }
    }

    /** What a replay changed in the end state: anything held before and not after, or held twice after. */
    static List<Finding> regressions(PipelineSnapshot before, PipelineSnapshot after, Instant at) {
        List<Finding> found = new ArrayList<>();
        for (var e : before.events().entrySet()) {
            PipelineSnapshot.EventState b = e.getValue();
            PipelineSnapshot.EventState a = after.events().get(e.getKey());
            Set<String> entriesBefore = entryStates(b);
            Set<String> entriesAfter = entryStates(a);
            entriesBefore.stream().filter(s -> !entriesAfter.contains(s)).forEach(s ->
                    found.add(new Finding(Kind.LOST, at, e.getKey() + ": entry " + s + " changed by the replay")));
            if (entriesAfter.size() > entriesBefore.size() + entriesBefore.stream().filter(s -> !entriesAfter.contains(s)).count()) {
                found.add(new Finding(Kind.DOUBLED, at, e.getKey() + ": the replay added entries"));
            }
            if (b.ranking() != null && (a.ranking() == null || !placesOf(b).equals(placesOf(a))
                    || b.ranking().get("version").asInt() != a.ranking().get("version").asInt())) {
                found.add(new Finding(Kind.LOST, at, e.getKey() + ": the replay changed the ranking"));
            }
            if (b.results() != null && (a.results() == null || b.results().get("version").asInt() != a.results().get("version").asInt())) {
                found.add(new Finding(Kind.LOST, at, e.getKey() + ": the replay changed the results version"));
            }
        }
        before.promotions().forEach((c, list) -> {
            if (!promotionStates(list).equals(promotionStates(after.promotions().get(c)))) {
                found.add(new Finding(Kind.LOST, at, c + ": the replay changed promotions"));
            }
        });
        return found;
    }

    private static Set<String> entryStates(PipelineSnapshot.EventState e) {
        Set<String> s = new HashSet<>();
        e.entries().forEach(n -> s.add(n.get("entryId").asText() + ":" + n.get("status").asText()));
        return s;
    }

    private static Map<String, Integer> placesOf(PipelineSnapshot.EventState e) {
        Map<String, Integer> m = new HashMap<>();
        e.ranking().get("places").forEach(p -> m.put(p.get("entryId").asText(), p.path("place").asInt(-1)));
        return m;
    }

    private static Set<String> promotionStates(JsonNode list) {
        Set<String> s = new HashSet<>();
        list.forEach(p -> s.add(p.get("promotionId").asText() + ":" + p.get("status").asText()));
        return s;
    }

    /** Records of a topic that are the services' own (not the suite's poison). */
    private List<ConsumerRecord<String, String>> real(Topic t) {
        return topics.getOrDefault(t.topicName(), List.of()).stream()
                .filter(r -> r.headers().lastHeader(Poison.MARK) == null && TopicLog.header(r, "ce_id") != null).toList();
    }

    /** When a record's fact went wrong: when it reached a dead-letter topic, else when it was published. */
    private Instant when(ConsumerRecord<String, String> r) {
        Instant dead = deadLettered.get(TopicLog.header(r, "ce_id"));
        return dead != null ? dead : Instant.ofEpochMilli(r.timestamp());
    }

    private Instant latest(Set<String> ids) {
        return ids.stream().map(firstById::get).filter(java.util.Objects::nonNull).map(r -> Instant.ofEpochMilli(r.timestamp()))
                .max(Instant::compareTo).orElse(null);
    }

    private ConsumerRecord<String, String> lastResults(String key, int version) {
        ConsumerRecord<String, String> last = null;
        for (ConsumerRecord<String, String> r : real(Topic.RESULTS_PUBLISHED)) {
            JsonNode v = json(r);
            if (key.equals(r.key()) && v != null && v.path("version").asInt() == version && (last == null || deadLettered.containsKey(
                    TopicLog.header(r, "ce_id")) || !deadLettered.containsKey(TopicLog.header(last, "ce_id")))) {
                last = r; // prefer a part that was dead-lettered: that is where the version was lost
            }
        }
        return last;
    }

    private Instant rankedAt(String key) {
        return real(Topic.EVENT_RANKED).stream().filter(r -> key.equals(r.key())).reduce((a, b) -> b).map(this::when).orElse(null);
    }

    private Instant promotedAt(String person) {
        return real(Topic.ENTRANT_PROMOTED).stream().filter(r -> person.equals(r.key())).reduce((a, b) -> b).map(this::when).orElse(null);
    }

    private Instant revokedAt(String person) {
        return real(Topic.PROMOTION_REVOKED).stream().filter(r -> person.equals(r.key())).reduce((a, b) -> b).map(this::when).orElse(null);
    }

    private static Set<String> ids(JsonNode list, String field) {
        Set<String> ids = new HashSet<>();
        if (list != null) {
            list.forEach(n -> ids.add(n.get(field).asText()));
        }
        return ids;
    }

    private static JsonNode json(ConsumerRecord<String, String> r) {
        try {
            return r.value() == null ? null : Api.JSON.readTree(r.value());
        } catch (Exception e) {
            return null;
        }
    }
}

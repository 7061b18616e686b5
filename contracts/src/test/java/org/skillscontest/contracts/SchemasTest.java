package org.skillscontest.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas and the AsyncAPI document agree with the records, as the services serialise them. */
class SchemasTest {

    /** Configured as Quarkus configures its ObjectMapper: ISO-8601 dates, nulls written. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // formats (uuid, date, date-time) are only annotations in 2020-12 unless asserted
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static final UUID PERSON = UUID.fromString("0b6f2a47-3c1e-4d5b-9f3a-6c2d8e1f4a70");
    static final UUID ENTRY = UUID.fromString("5d0c9e2b-8a41-4f7e-b3c6-1e2f3a4b5c6d");
    static final UUID PROMOTION = UUID.fromString("a3e1c5f7-2b4d-4e6f-8a0b-9c1d2e3f4a5b");
    static final EventRef CITY = new EventRef("KLMY-2026", "DELIVERY-RIDER", Level.CITY);
    static final EventRef PROVINCE = new EventRef("XJ-2026", "DELIVERY-RIDER", Level.PROVINCIAL);
    static final EventRef NATION = new EventRef("CN-2026", "DELIVERY-RIDER", Level.NATIONAL);

    // --- samples: the Karamay delivery rider of docs/domain.md -------------------------------------------------------

    static EventOpened eventOpened(EventRef ref, EventRef advancesTo) {
        return new EventOpened(ref, "克拉玛依市第十七届职业技能大赛", "650200", 17, 2026, LocalDate.of(2026, 5, 1),
                Instant.parse("2026-04-20T16:00:00Z"), "网约配送员", "网约配送员", 3, 200, 3, advancesTo,
                new ScoringScheme(30, 70, new BigDecimal("10"), List.of(
                        new ScoringScheme.Module("ROUTE", "路线规划与配送", new BigDecimal("100"), 60),
                        new ScoringScheme.Module("SAFETY", "安全与应急处置", new BigDecimal("50"), 40))),
                AwardPolicy.defaults());
    }

    /** The same event with settings for advancement: no tied group across the line, at most 1 per federation. */
    static EventOpened eventOpened(EventRef ref, EventRef advancesTo, AdvancementPolicy advancement) {
        EventOpened e = eventOpened(ref, advancesTo);
        return new EventOpened(e.ref(), e.competitionName(), e.regionCode(), e.edition(), e.year(), e.startsOn(),
                e.registrationClosesAt(), e.name(), e.occupation(), e.skillLevel(), e.capacity(), e.quota(), e.advancesTo(),
                e.scoring(), e.awards(), advancement);
    }

    /** The same event in a competition without publicity, promoting once FINAL, with a Shanghai-style honour table. */
    static EventOpened eventOpenedWithSettings() {
        EventOpened e = eventOpened(CITY, PROVINCE);
        return new EventOpened(e.ref(), e.competitionName(), e.regionCode(), e.edition(), e.year(), e.startsOn(),
                e.registrationClosesAt(), e.name(), e.occupation(), e.skillLevel(), e.capacity(), e.quota(), e.advancesTo(),
                e.scoring(), e.awards(), e.advancement(), null, new PublicationPolicy(0, PromoteWhen.FINAL),
                new HonourSettings(1, 5, List.of(new HonourSettings.Upgrade(1, 1, null, 2), new HonourSettings.Upgrade(2, 5, 3, null)),
                        new HonourSettings.OrganisationAward(10, 6, 3, 1)));
    }

    /** The Jilin shape: a preliminary (初赛, theory online, top 5 % capped at 10 %) and the final. */
    static EventOpened eventOpenedInRounds(EventRef ref, EventRef advancesTo) {
        EventOpened e = eventOpened(ref, advancesTo);
        ScoringScheme theoryOnly = new ScoringScheme(100, 0, new BigDecimal("10"), List.of());
        return new EventOpened(e.ref(), e.competitionName(), e.regionCode(), e.edition(), e.year(), e.startsOn(),
                e.registrationClosesAt(), e.name(), e.occupation(), e.skillLevel(), e.capacity(), e.quota(), e.advancesTo(),
                e.scoring(), e.awards(), e.advancement(), null, null, null, List.of(
                        new Round("PRELIM", "初赛", theoryOnly, new CutRule(CutMode.TOP_PERCENT, new BigDecimal("5"), 10)),
                        new Round("FINAL", "决赛", e.scoring(), null)));
    }

    static RoundResultsPublished roundResultsPublished() {
        ResultsPublished r = resultsPublished(3);
        return new RoundResultsPublished(r.competition(), r.event(), "PRELIM", 1, 1, 1, r.results());
    }

    static RoundRanked roundRanked() {
        return new RoundRanked(CITY.competition(), CITY.event(), Level.CITY, "PRELIM", "FINAL", 1, 3, 2, new BigDecimal("81.00"),
                List.of(new RoundRanked.Place(1, ENTRY, PERSON, new BigDecimal("96.00"), true),
                        new RoundRanked.Place(2, UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("81.00"), true),
                        new RoundRanked.Place(3, UUID.randomUUID(), null, new BigDecimal("62.50"), false)));
    }

    static EntryRegistered entryRegistered(Origin origin, UUID promotionId) {
        return new EntryRegistered(ENTRY, PERSON, "650202********0011", "艾力·买买提", "M", "KLMY-FTU",
                new Employer("克拉玛依市速达配送有限公司", "91350100M000100Y43"), 4, CITY.competition(), CITY.event(),
                Level.CITY, origin, promotionId, "5f0c2a8e1b7d4c3f9a6e8d2b1c0f7a3e5d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a");
    }

    static EntryWithdrawn entryWithdrawn() {
        return new EntryWithdrawn(ENTRY, PERSON, CITY.competition(), CITY.event(), "因工作安排退出", null);
    }

    static ResultsPublished resultsPublished(int size) {
        List<ResultsPublished.Result> results = IntStream.range(0, size)
                .mapToObj(i -> new ResultsPublished.Result(i == 0 ? ENTRY : UUID.randomUUID(),
                        i == 0 ? PERSON : UUID.randomUUID(), new BigDecimal("88.50"), new BigDecimal("92.14"),
                        new BigDecimal("91.05"), 3_540 + i))
                .toList();
        return new ResultsPublished(CITY.competition(), CITY.event(), 1, 1, 1, results, "chief-judge-klmy");
    }

    /** A version after a disqualification and a withdrawal: both listed with their status and reason. */
    static ResultsPublished resultsWithStatuses() {
        return new ResultsPublished(CITY.competition(), CITY.event(), 2, 1, 1, List.of(
                new ResultsPublished.Result(ENTRY, PERSON, new BigDecimal("88.50"), new BigDecimal("92.14"),
                        new BigDecimal("91.05"), 3_540),
                new ResultsPublished.Result(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("90.00"),
                        new BigDecimal("95.00"), new BigDecimal("93.50"), 3_100, EntrantStatus.DISQUALIFIED, "使用违规工具"),
                new ResultsPublished.Result(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("70.00"), null, null, 0,
                        EntrantStatus.WITHDRAWN, "比赛中受伤退赛")));
    }

    static EventRanked eventRanked() {
        return new EventRanked(CITY.competition(), CITY.event(), Level.CITY, 2, List.of(
                new EventRanked.Place(1, ENTRY, PERSON, "艾力·买买提", "KLMY-FTU", new BigDecimal("91.05"),
                        new BigDecimal("92.14"), new BigDecimal("88.50"), Award.GOLD, true),
                new EventRanked.Place(2, UUID.randomUUID(), UUID.randomUUID(), "王芳", "KLMY-FTU",
                        new BigDecimal("85.00"), new BigDecimal("86.00"), new BigDecimal("82.67"), Award.SILVER, true),
                // withdrawn after the lock: listed with the scores, but no place and no award
                new EventRanked.Place(null, UUID.randomUUID(), UUID.randomUUID(), "李强", "DSZ-FTU",
                        new BigDecimal("88.00"), new BigDecimal("90.00"), new BigDecimal("83.33"), null, false,
                        EntrantStatus.WITHDRAWN, "因伤无法参加省级比赛"),
                // disqualified before the marks were complete: listed without totals
                new EventRanked.Place(null, UUID.randomUUID(), UUID.randomUUID(), "赵磊", "KLMY-FTU", null, null, null, null,
                        false, EntrantStatus.DISQUALIFIED, "使用违规工具"),
                // results for an entry whose registration ranking has not seen: no person, name or federation
                new EventRanked.Place(3, UUID.randomUUID(), null, null, null, new BigDecimal("70.00"),
                        new BigDecimal("71.43"), new BigDecimal("66.67"), Award.BRONZE, false)),
                new EventRanked.Publicity(ResultsState.PROVISIONAL, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 15),
                        Instant.parse("2026-05-15T16:00:00Z")));
    }

    /** A version of a competition without publicity: FINAL at once, no period days. */
    static EventRanked eventRankedFinalAtOnce() {
        EventRanked e = eventRanked();
        return new EventRanked(e.competition(), e.event(), e.level(), e.version(), e.places(),
                new EventRanked.Publicity(ResultsState.FINAL, null, null, Instant.parse("2026-05-10T03:00:00Z")));
    }

    static ObjectionStep objectionLodged() {
        return new ObjectionStep(PROMOTION, CITY.competition(), CITY.event(), ENTRY, PERSON, "KLMY-FTU", ObjectionState.OPEN, 1,
                "理论成绩登记有误，应为88.5分", "federation-KLMY-FTU", Instant.parse("2026-05-11T02:00:00Z"), null, null, null, null);
    }

    static ObjectionStep objectionResolved() {
        return new ObjectionStep(PROMOTION, CITY.competition(), CITY.event(), ENTRY, PERSON, "KLMY-FTU",
                ObjectionState.RESOLVED_BY_CORRECTION, 1, "理论成绩登记有误，应为88.5分", "federation-KLMY-FTU",
                Instant.parse("2026-05-11T02:00:00Z"), "已更正理论成绩", "KLMY-chief", Instant.parse("2026-05-12T06:00:00Z"), 2);
    }

    static ResultsFinalised resultsFinalised() {
        return new ResultsFinalised(CITY.competition(), CITY.event(), Level.CITY, 2, LocalDate.of(2026, 5, 11),
                LocalDate.of(2026, 5, 15), Instant.parse("2026-05-15T16:00:30Z"), 1);
    }

    static EntrantPromoted entrantPromoted() {
        return new EntrantPromoted(PROMOTION, PERSON, "650202********0011", "艾力·买买提", "KLMY-FTU",
                new EntrantPromoted.From(CITY.competition(), CITY.event(), Level.CITY, ENTRY, 1, new BigDecimal("91.05"),
                        Award.GOLD), PROVINCE);
    }

    static PromotionRevoked promotionRevoked() {
        return new PromotionRevoked(PROMOTION, PERSON, PROVINCE, "成绩更正后名次为第4名，超出晋级名额");
    }

    static HonourRecommended honourRecommended(HonourKind kind, Integer targetSkillLevel) {
        return new HonourRecommended(UUID.randomUUID(), PERSON, kind, Level.NATIONAL, NATION.competition(),
                NATION.event(), 1, targetSkillLevel);
    }

    static HonourWithdrawn honourWithdrawn() {
        return new HonourWithdrawn(UUID.randomUUID(), PERSON, HonourKind.MAY_DAY_MEDAL, NATION.competition(), NATION.event(),
                "results version 2 of CN-2026/DELIVERY-RIDER places the entrant 2nd");
    }

    /** Valid samples, the first of each topic being its usual shape. */
    static Stream<Arguments> samples() {
        return Stream.of(
                eventOpened(CITY, PROVINCE),
                eventOpened(NATION, null), // the national level advances nowhere
                eventOpened(CITY, PROVINCE, new AdvancementPolicy(TiesAtLine.NONE, 1)),
                eventOpenedInRounds(CITY, PROVINCE),
                entryRegistered(Origin.DIRECT, null),
                entryRegistered(Origin.PROMOTED, PROMOTION),
                entryWithdrawn(),
                resultsPublished(3),
                resultsPublished(ResultsPublished.MAX_PART_SIZE),
                roundResultsPublished(),
                roundRanked(),
                resultsWithStatuses(),
                eventRanked(),
                eventRankedFinalAtOnce(),
                eventOpenedWithSettings(),
                entrantPromoted(),
                promotionRevoked(),
                honourRecommended(HonourKind.MAY_DAY_MEDAL, null),
                honourRecommended(HonourKind.SKILL_LEVEL_UPGRADE, 2),
                honourWithdrawn(),
                objectionLodged(),
                objectionResolved(),
                resultsFinalised())
                .map(value -> Arguments.of(Topic.forValue(value), value));
    }

    static Record sample(Topic topic) {
        return samples().filter(a -> a.get()[0] == topic).map(a -> (Record) a.get()[1]).findFirst().orElseThrow();
    }

    static ObjectNode json(Record value) {
        return JSON.valueToTree(value);
    }

    static JsonNode schemaNode(Topic topic) {
        try (InputStream in = SchemasTest.class.getResourceAsStream(topic.schemaResource())) {
            assertThat(in).as(topic.schemaResource()).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> validate(Topic topic, JsonNode value) {
        JsonSchema schema = FACTORY.getSchema(schemaNode(topic), CONFIG);
        return schema.validate(value);
    }

    // --- the tests ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Topic.class)
    void everyTopicHasASample(Topic topic) {
        assertThat(sample(topic)).isInstanceOf(topic.valueType());
    }

    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("samples")
    void sampleIsValid(Topic topic, Record value) {
        assertThat(validate(topic, json(value))).isEmpty();
    }

    /**
     * Every record field is in the schema and always written (null when absent), and nothing else is.
     * A field added within a version is the exception: it is not required (older records lack it)
     * and its schema names the {@code default} that its absence means.
     */
    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("samples")
    void schemaDescribesExactlyTheRecordFields(Topic topic, Record value) {
        List<String> problems = new ArrayList<>();
        compareFields("$", json(value), schemaNode(topic), problems);
        assertThat(problems).isEmpty();
    }

    static void compareFields(String path, JsonNode value, JsonNode schema, List<String> problems) {
        if (value.isObject()) {
            Set<String> fields = names(value);
            Set<String> properties = names(schema.path("properties"));
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            Set<String> added = new TreeSet<>();
            schema.path("properties").fields().forEachRemaining(p -> {
                if (p.getValue().has("default")) {
                    added.add(p.getKey());
                }
            });
            if (!fields.equals(properties)) {
                problems.add(path + ": record writes " + fields + ", schema describes " + properties);
            }
            Set<String> expected = new TreeSet<>(properties);
            expected.removeAll(added);
            if (!required.equals(expected)) {
                problems.add(path + ": required " + required + ", properties without a default " + expected);
            }
            value.fields().forEachRemaining(f -> {
                if (schema.path("properties").has(f.getKey())) {
                    compareFields(path + "." + f.getKey(), f.getValue(), schema.path("properties").get(f.getKey()),
                            problems);
                }
            });
        } else if (value.isArray()) {
            value.forEach(item -> compareFields(path + "[]", item, schema.path("items"), problems));
        }
    }

    static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Arguments broken(String what, Topic topic, Consumer<ObjectNode> change) {
        return Arguments.of(what, topic, change);
    }

    static Stream<Arguments> brokenSamples() {
        return Stream.of(
                broken("event without scoring", Topic.EVENT_OPENED, v -> v.remove("scoring")),
                broken("level COUNTY", Topic.EVENT_OPENED, v -> ((ObjectNode) v.get("ref")).put("level", "COUNTY")),
                broken("region code of 5 digits", Topic.EVENT_OPENED, v -> v.put("regionCode", "65020")),
                broken("start date not a date", Topic.EVENT_OPENED, v -> v.put("startsOn", "2026-02-30")),
                broken("closing time without offset", Topic.EVENT_OPENED,
                        v -> v.put("registrationClosesAt", "2026-04-20 16:00")),
                broken("award mode LOTTERY", Topic.EVENT_OPENED,
                        v -> ((ObjectNode) v.get("awards")).put("mode", "LOTTERY")),
                broken("skill level 6", Topic.EVENT_OPENED, v -> v.put("skillLevel", 6)),
                broken("ties SOME", Topic.EVENT_OPENED, v -> ((ObjectNode) v.get("advancement")).put("ties", "SOME")),
                broken("cap per federation 0", Topic.EVENT_OPENED,
                        v -> ((ObjectNode) v.get("advancement")).put("perFederationCap", 0)),
                broken("advancement without ties", Topic.EVENT_OPENED, v -> ((ObjectNode) v.get("advancement")).remove("ties")),
                broken("unmasked ID number", Topic.ENTRY_REGISTERED, v -> v.put("maskedIdNumber", "650202199003070011")),
                broken("ID number masked the wrong way", Topic.ENTRY_REGISTERED,
                        v -> v.put("maskedIdNumber", "6502021990******11")),
                broken("entry without personId", Topic.ENTRY_REGISTERED, v -> v.remove("personId")),
                broken("an ID number where its digest goes", Topic.ENTRY_REGISTERED, v -> v.put("idNumberDigest", "650202199003070011")),
                broken("origin TRANSFERRED", Topic.ENTRY_REGISTERED, v -> v.put("origin", "TRANSFERRED")),
                broken("gender X", Topic.ENTRY_REGISTERED, v -> v.put("gender", "X")),
                broken("entry id not a UUID", Topic.ENTRY_REGISTERED, v -> v.put("entryId", "42")),
                broken("credit code with an O", Topic.ENTRY_REGISTERED,
                        v -> ((ObjectNode) v.get("employer")).put("creditCode", "91350100O000100Y43")),
                broken("competition code with a space", Topic.ENTRY_REGISTERED, v -> v.put("competition", "KLMY 2026")),
                broken("withdrawal without reason", Topic.ENTRY_WITHDRAWN, v -> v.remove("reason")),
                broken("empty reason", Topic.ENTRY_WITHDRAWN, v -> v.put("reason", "")),
                broken("result without total", Topic.RESULTS_PUBLISHED,
                        v -> ((ObjectNode) v.get("results").get(0)).remove("total")),
                broken("negative time used", Topic.RESULTS_PUBLISHED,
                        v -> ((ObjectNode) v.get("results").get(0)).put("timeUsedSeconds", -1)),
                broken("part 0", Topic.RESULTS_PUBLISHED, v -> v.put("part", 0)),
                broken("more than 1,000 results in a part", Topic.RESULTS_PUBLISHED,
                        v -> v.set("results", json(resultsPublished(ResultsPublished.MAX_PART_SIZE + 1)).get("results"))),
                broken("status EXPELLED", Topic.RESULTS_PUBLISHED,
                        v -> ((ObjectNode) v.get("results").get(0)).put("status", "EXPELLED")),
                broken("a competing result without a total", Topic.RESULTS_PUBLISHED,
                        v -> ((ObjectNode) v.get("results").get(0)).putNull("total")),
                broken("a competing result without status and total", Topic.RESULTS_PUBLISHED,
                        v -> ((ObjectNode) v.get("results").get(0)).putNull("total").remove("status")),
                broken("a status reason over 500 characters", Topic.RESULTS_PUBLISHED,
                        v -> ((ObjectNode) v.get("results").get(0)).put("statusReason", "x".repeat(501))),
                broken("a chief judge over 100 characters", Topic.RESULTS_PUBLISHED,
                        v -> v.put("chiefJudge", "x".repeat(101))),
                broken("a disqualified entrant with a place", Topic.EVENT_RANKED,
                        v -> ((ObjectNode) v.get("places").get(0)).put("status", "DISQUALIFIED")),
                broken("a withdrawn entrant with an award", Topic.EVENT_RANKED,
                        v -> ((ObjectNode) v.get("places").get(2)).put("award", "BRONZE")),
                broken("a placed entrant without a total", Topic.EVENT_RANKED,
                        v -> ((ObjectNode) v.get("places").get(0)).putNull("total")),
                broken("place status EXPELLED", Topic.EVENT_RANKED,
                        v -> ((ObjectNode) v.get("places").get(0)).put("status", "EXPELLED")),
                broken("award PLATINUM", Topic.EVENT_RANKED,
                        v -> ((ObjectNode) v.get("places").get(0)).put("award", "PLATINUM")),
                broken("place 0", Topic.EVENT_RANKED, v -> ((ObjectNode) v.get("places").get(0)).put("place", 0)),
                broken("version missing", Topic.EVENT_RANKED, v -> v.remove("version")),
                broken("promotion without target", Topic.ENTRANT_PROMOTED, v -> v.remove("to")),
                broken("promotion with an unmasked ID number", Topic.ENTRANT_PROMOTED,
                        v -> v.put("maskedIdNumber", "650202199003070011")),
                broken("promoted from place 0", Topic.ENTRANT_PROMOTED,
                        v -> ((ObjectNode) v.get("from")).put("place", 0)),
                broken("revocation without promotionId", Topic.PROMOTION_REVOKED, v -> v.remove("promotionId")),
                broken("honour kind NOBEL", Topic.HONOUR_RECOMMENDED, v -> v.put("kind", "NOBEL")),
                broken("target skill level 0", Topic.HONOUR_RECOMMENDED, v -> v.put("targetSkillLevel", 0)),
                broken("withdrawal of an honour without reason", Topic.HONOUR_WITHDRAWN, v -> v.remove("reason")),
                broken("withdrawn honour kind NOBEL", Topic.HONOUR_WITHDRAWN, v -> v.put("kind", "NOBEL")),
                broken("withdrawn honour without honourId", Topic.HONOUR_WITHDRAWN, v -> v.remove("honourId")),
                broken("publicity 61 days", Topic.EVENT_OPENED,
                        v -> ((ObjectNode) v.get("publication")).put("publicityDays", 61)),
                broken("negative publicity days", Topic.EVENT_OPENED,
                        v -> ((ObjectNode) v.get("publication")).put("publicityDays", -1)),
                broken("promote when DECIDED", Topic.EVENT_OPENED,
                        v -> ((ObjectNode) v.get("publication")).put("promoteWhen", "DECIDED")),
                broken("upgrade by three levels", Topic.EVENT_OPENED, v -> ((ObjectNode) v.get("honours"))
                        .set("upgrades", JSON.createArrayNode().add(JSON.createObjectNode().put("fromPlace", 1).put("toPlace", 1)
                                .putNull("targetSkillLevel").put("levels", 3)))),
                broken("negative organisation-award points", Topic.EVENT_OPENED,
                        v -> ((ObjectNode) v.get("honours").get("organisationAward")).put("gold", -1)),
                broken("results state DRAFT", Topic.EVENT_RANKED,
                        v -> ((ObjectNode) v.get("publicity")).put("state", "DRAFT")),
                broken("publicity without its end", Topic.EVENT_RANKED, v -> ((ObjectNode) v.get("publicity")).remove("endsAt")),
                broken("objection without reason", Topic.OBJECTION, v -> v.remove("reason")),
                broken("objection with an empty reason", Topic.OBJECTION, v -> v.put("reason", "")),
                broken("objection state WITHDRAWN", Topic.OBJECTION, v -> v.put("state", "WITHDRAWN")),
                broken("objection to version 0", Topic.OBJECTION, v -> v.put("objectedVersion", 0)),
                broken("finalised without version", Topic.RESULTS_FINALISED, v -> v.remove("version")),
                broken("finalised at a time without offset", Topic.RESULTS_FINALISED,
                        v -> v.put("finalisedAt", "2026-05-15 16:00")),
                broken("cut mode LOTTERY", Topic.EVENT_OPENED, v -> {
                    v.set("rounds", json(eventOpenedInRounds(CITY, PROVINCE)).get("rounds"));
                    ((ObjectNode) v.get("rounds").get(0).get("cut")).put("mode", "LOTTERY");
                }),
                broken("round code with a space", Topic.EVENT_OPENED, v -> {
                    v.set("rounds", json(eventOpenedInRounds(CITY, PROVINCE)).get("rounds"));
                    ((ObjectNode) v.get("rounds").get(0)).put("code", "PRE LIM");
                }),
                broken("round results without round", Topic.ROUND_RESULTS_PUBLISHED, v -> v.remove("round")),
                broken("round ranked without nextRound", Topic.ROUND_RANKED, v -> v.remove("nextRound")),
                broken("round place 0", Topic.ROUND_RANKED, v -> ((ObjectNode) v.get("places").get(0)).put("place", 0)),
                broken("places not an array", Topic.EVENT_RANKED, v -> v.set("places", JSON.createObjectNode())),
                broken("a result that is not an object", Topic.RESULTS_PUBLISHED,
                        v -> ((ArrayNode) v.get("results")).add("not an object")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSamples")
    void brokenSampleIsRejected(String what, Topic topic, Consumer<ObjectNode> change) {
        ObjectNode value = json(sample(topic));
        assertThat(validate(topic, value)).isEmpty();
        change.accept(value);
        assertThat(validate(topic, value)).as(what).isNotEmpty();
    }

    // --- fields added within a version -------------------------------------------------------------------------

    @Test
    void anEventOpenedRecordWrittenBeforeAdvancementIsValidAndReadsAsTheDefaults() throws IOException {
        ObjectNode old = json(eventOpened(CITY, PROVINCE));
        old.remove("advancement");
        assertThat(validate(Topic.EVENT_OPENED, old)).isEmpty();
        EventOpened read = JSON.readValue(JSON.writeValueAsString(old), EventOpened.class);
        assertThat(read.advancement()).isEqualTo(AdvancementPolicy.defaults());
        assertThat(read.quota()).isEqualTo(3);
        assertThat(schemaNode(Topic.EVENT_OPENED).at("/properties/advancement/default"))
                .isEqualTo(JSON.valueToTree(AdvancementPolicy.defaults()));
    }

    @Test
    void advancementSettingsSurviveTheRoundTripAndMissingTiesReadAsAll() throws IOException {
        EventOpened capped = eventOpened(CITY, PROVINCE, new AdvancementPolicy(TiesAtLine.NONE, 2));
        assertThat(JSON.readValue(JSON.writeValueAsString(capped), EventOpened.class)).isEqualTo(capped);
        ObjectNode partial = json(capped);
        ((ObjectNode) partial.get("advancement")).remove("ties");
        assertThat(JSON.readValue(JSON.writeValueAsString(partial), EventOpened.class).advancement())
                .isEqualTo(new AdvancementPolicy(TiesAtLine.ALL, 2));
        ObjectNode explicitNull = json(capped);
        explicitNull.putNull("advancement");
        assertThat(JSON.readValue(JSON.writeValueAsString(explicitNull), EventOpened.class).advancement())
                .isEqualTo(AdvancementPolicy.defaults());
    }

    @Test
    void anEventOpenedRecordWrittenBeforeSeriesIsValidAndReadsAsNone() throws IOException {
        ObjectNode old = json(eventOpened(CITY, PROVINCE));
        old.remove("series");
        assertThat(validate(Topic.EVENT_OPENED, old)).isEmpty();
        assertThat(JSON.readValue(JSON.writeValueAsString(old), EventOpened.class).series()).isNull();
        EventOpened e = eventOpened(CITY, PROVINCE);
        EventOpened inSeries = new EventOpened(e.ref(), e.competitionName(), e.regionCode(), e.edition(), e.year(), e.startsOn(),
                e.registrationClosesAt(), e.name(), e.occupation(), e.skillLevel(), e.capacity(), e.quota(), e.advancesTo(),
                e.scoring(), e.awards(), e.advancement(), "KRMY");
        assertThat(validate(Topic.EVENT_OPENED, json(inSeries))).isEmpty();
        assertThat(JSON.readValue(JSON.writeValueAsString(inSeries), EventOpened.class)).isEqualTo(inSeries);
    }

    @Test
    void anEventOpenedRecordWrittenBeforePublicationAndHonoursIsValidAndReadsAsTheDefaults() throws IOException {
        ObjectNode old = json(eventOpened(CITY, PROVINCE));
        old.remove("publication");
        old.remove("honours");
        assertThat(validate(Topic.EVENT_OPENED, old)).isEmpty();
        EventOpened read = JSON.readValue(JSON.writeValueAsString(old), EventOpened.class);
        assertThat(read.publication()).isEqualTo(PublicationPolicy.defaults());
        assertThat(read.publication().publicityDays()).isEqualTo(5);
        assertThat(read.publication().promoteWhen()).isEqualTo(PromoteWhen.PROVISIONAL);
        assertThat(read.honours()).isEqualTo(HonourSettings.defaults());
        assertThat(schemaNode(Topic.EVENT_OPENED).at("/properties/publication/default"))
                .isEqualTo(JSON.valueToTree(PublicationPolicy.defaults()));
        assertThat(schemaNode(Topic.EVENT_OPENED).at("/properties/honours/default"))
                .isEqualTo(JSON.valueToTree(HonourSettings.defaults()));
        ObjectNode explicitNull = json(eventOpened(CITY, PROVINCE));
        explicitNull.putNull("publication");
        explicitNull.putNull("honours");
        EventOpened nulls = JSON.readValue(JSON.writeValueAsString(explicitNull), EventOpened.class);
        assertThat(nulls.publication()).isEqualTo(PublicationPolicy.defaults());
        assertThat(nulls.honours()).isEqualTo(HonourSettings.defaults());
    }

    @Test
    void publicationAndHonourSettingsSurviveTheRoundTrip() throws IOException {
        EventOpened settings = eventOpenedWithSettings();
        assertThat(JSON.readValue(JSON.writeValueAsString(settings), EventOpened.class)).isEqualTo(settings);
        // the 16- and 17-argument constructors of earlier code still build the defaults
        assertThat(eventOpened(CITY, PROVINCE, AdvancementPolicy.defaults()).publication()).isEqualTo(PublicationPolicy.defaults());
    }

    @Test
    void anEventRankedRecordWrittenBeforePublicityIsValidAndReadsAsNone() throws IOException {
        ObjectNode old = json(eventRanked());
        old.remove("publicity");
        assertThat(validate(Topic.EVENT_RANKED, old)).isEmpty();
        assertThat(JSON.readValue(JSON.writeValueAsString(old), EventRanked.class).publicity()).isNull();
        EventRanked ranked = eventRanked();
        assertThat(JSON.readValue(JSON.writeValueAsString(ranked), EventRanked.class)).isEqualTo(ranked);
    }

    @Test
    void anEventOpenedRecordWrittenBeforeRoundsIsValidAndReadsAsOneRound() throws IOException {
        ObjectNode old = json(eventOpened(CITY, PROVINCE));
        old.remove("rounds");
        assertThat(validate(Topic.EVENT_OPENED, old)).isEmpty();
        EventOpened read = JSON.readValue(JSON.writeValueAsString(old), EventOpened.class);
        assertThat(read.rounds()).isEmpty();
        assertThat(read.hasRounds()).isFalse();
        EventOpened inRounds = eventOpenedInRounds(CITY, PROVINCE);
        assertThat(JSON.readValue(JSON.writeValueAsString(inRounds), EventOpened.class)).isEqualTo(inRounds);
    }

    @Test
    void resultsAndPlacesWrittenBeforeStatusAreValidAndReadAsCompeting() throws IOException {
        ObjectNode results = json(resultsPublished(2));
        results.get("results").forEach(r -> ((ObjectNode) r).remove(List.of("status", "statusReason")));
        assertThat(validate(Topic.RESULTS_PUBLISHED, results)).isEmpty();
        ResultsPublished read = JSON.readValue(JSON.writeValueAsString(results), ResultsPublished.class);
        assertThat(read.results()).extracting(ResultsPublished.Result::status).containsOnly(EntrantStatus.COMPETING);
        assertThat(read.results()).extracting(ResultsPublished.Result::statusReason).containsOnlyNulls();
        assertThat(read).isEqualTo(resultsPublishedReadBack(results));

        ObjectNode ranked = json(eventRanked());
        ranked.get("places").forEach(p -> ((ObjectNode) p).remove(List.of("status", "statusReason")));
        // a record written before status listed a withdrawn entrant with its totals and no place
        ((ObjectNode) ranked.get("places").get(3)).put("total", 0).put("practical", 0).put("theory", 0);
        assertThat(validate(Topic.EVENT_RANKED, ranked)).isEmpty();
        EventRanked places = JSON.readValue(JSON.writeValueAsString(ranked), EventRanked.class);
        assertThat(places.places()).extracting(EventRanked.Place::status).containsOnly(EntrantStatus.COMPETING);
        assertThat(schemaNode(Topic.RESULTS_PUBLISHED).at("/properties/results/items/properties/status/default").asText())
                .isEqualTo(EntrantStatus.COMPETING.name());
    }

    @Test
    void resultsWrittenBeforeTheChiefJudgeAreValidAndNameNone() throws IOException {
        ObjectNode results = json(resultsPublished(2));
        assertThat(results.get("chiefJudge").asText()).isEqualTo("chief-judge-klmy");
        results.remove("chiefJudge");
        assertThat(validate(Topic.RESULTS_PUBLISHED, results)).isEmpty();
        assertThat(JSON.readValue(JSON.writeValueAsString(results), ResultsPublished.class).chiefJudge()).isNull();
        assertThat(new ResultsPublished(CITY.competition(), CITY.event(), 1, 1, 1, List.of()).chiefJudge()).isNull();
        assertThat(schemaNode(Topic.RESULTS_PUBLISHED).at("/required").toString()).doesNotContain("chiefJudge");
    }

    @Test
    void statusesSurviveTheRoundTripAndTheOldConstructorsMeanCompeting() throws IOException {
        ResultsPublished withStatuses = resultsWithStatuses();
        assertThat(JSON.readValue(JSON.writeValueAsString(withStatuses), ResultsPublished.class)).isEqualTo(withStatuses);
        EventRanked ranked = eventRanked();
        assertThat(JSON.readValue(JSON.writeValueAsString(ranked), EventRanked.class)).isEqualTo(ranked);
        assertThat(new ResultsPublished.Result(ENTRY, PERSON, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1))
                .isEqualTo(new ResultsPublished.Result(ENTRY, PERSON, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1,
                        EntrantStatus.COMPETING, null))
                .isEqualTo(new ResultsPublished.Result(ENTRY, PERSON, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1, null, null));
        assertThat(new EventRanked.Place(1, ENTRY, PERSON, "艾力·买买提", "KLMY-FTU", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                Award.GOLD, true).status()).isEqualTo(EntrantStatus.COMPETING);
    }

    private static ResultsPublished resultsPublishedReadBack(ObjectNode old) throws IOException {
        ObjectNode withDefaults = old.deepCopy();
        withDefaults.get("results").forEach(r -> ((ObjectNode) r).put("status", "COMPETING").putNull("statusReason"));
        return JSON.readValue(JSON.writeValueAsString(withDefaults), ResultsPublished.class);
    }

    // --- the AsyncAPI document ---------------------------------------------------------------------------------

    static String asyncApi() {
        try (InputStream in = SchemasTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Topic.class)
    void asyncApiHasAChannelForEveryTopic(Topic topic) {
        String doc = asyncApi();
        assertThat(doc).contains("address: " + topic.topicName() + "\n")
                .contains("address: " + topic.deadLetterTopic() + "\n")
                .contains("$ref: './schemas/" + topic.topicName() + ".schema.json'");
    }

    @Test
    void asyncApiReferencesOnlyExistingSchemas() {
        Matcher ref = Pattern.compile("\\$ref: '\\./(schemas/[^']+)'").matcher(asyncApi());
        int count = 0;
        while (ref.find()) {
            assertThat(SchemasTest.class.getResource("/" + ref.group(1))).as(ref.group(1)).isNotNull();
            count++;
        }
        assertThat(count).isEqualTo(Topic.values().length);
    }
}

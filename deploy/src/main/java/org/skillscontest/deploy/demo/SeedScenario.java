package org.skillscontest.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.skillscontest.deploy.stack.Keys;

/**
 * The seed scenario, built on the source material: the Karamay and Urumqi city competitions feed the
 * Xinjiang regional competition, which feeds the national final; events 网约配送员 (delivery rider)
 * and 焊工 (welder). Federations register entrants over REST, judges mark them, chief judges lock,
 * and promotions carry the best up level by level. One delivery rider from Karamay follows the path
 * of the source: first in the city, silver in Xinjiang, an excellence award at the national final.
 */
public final class SeedScenario {

    /** How many entrants: per city event, and registered directly at the national final by other provinces. */
    public record Size(int perCityEvent, int nationalDirectPerEvent) {
        public static Size demo() {
            return new Size(60, 8);
        }
    }

    /** The services' base URLs. */
    public record Urls(String registration, String scoring, String ranking) {
    }

    record Federation(String code, String name, String region, String[] enterprises) {
    }

    /** {@code publicityDays}: the publicity period (公示期) of its results, 0 for none (final, with honours, at once). */
    record Competition(String code, String name, String level, String region, int edition, String feeds, int startsInDays,
                       int publicityDays) {
    }

    record Module(String code, String name, int maxMark, int weight, int judges) {
    }

    record Event(String code, String name, int skillLevel, List<Module> modules) {
    }

    public static final String NATIONAL = "NAT-2027";
    public static final String XINJIANG = "XJ-2027";
    public static final String KARAMAY = "KRMY-17";
    public static final String URUMQI = "URC-2027";
    public static final String HERO = "热合曼·阿不都";
    /** Entrants of Karamay's courier preliminary (初赛) in the demo and the end-to-end test. */
    public static final int PRELIMINARY_ENTRANTS = 300;
    /** Karamay's event in rounds: a preliminary imported from the exam platform, then the final. */
    public static final String ROUNDS_EVENT = Preliminary.EVENT;
    static final String RIVAL = "王建国";

    static final List<Competition> COMPETITIONS = List.of(
            new Competition(NATIONAL, "全国职工职业技能大赛（2027）", "NATIONAL", "100000", 2, null, 90, 0),
            new Competition(XINJIANG, "新疆维吾尔自治区职工职业技能大赛（2027）", "PROVINCIAL", "650000", 6, NATIONAL, 60, 0),
            new Competition(KARAMAY, "克拉玛依市第十七届职业技能大赛", "CITY", "650200", 17, XINJIANG, 30, 0),
            // a real 5-day publicity period: its results stay PROVISIONAL in the demo (promotions go out at once)
            new Competition(URUMQI, "乌鲁木齐市第九届职工职业技能大赛", "CITY", "650100", 9, XINJIANG, 30, 5));

    static final List<Event> EVENTS = List.of(
            new Event("delivery-rider", "网约配送员", 4, List.of(
                    new Module("route", "路线规划与导航", 100, 30, 3),
                    new Module("delivery", "餐品配送实操", 100, 50, 5),
                    new Module("safety", "交通安全与应急处置", 50, 20, 3))),
            new Event("welder", "焊工", 3, List.of(
                    new Module("plate", "板对接焊", 100, 50, 5),
                    new Module("pipe", "管对接焊", 100, 50, 3))));

    static final Map<String, List<Federation>> FEDERATIONS = Map.of(
            KARAMAY, List.of(
                    new Federation("KRMY-KLMY", "克拉玛依区总工会", "650203", new String[]{"克拉玛依美团配送服务站", "新疆油田公司采油一厂", "克拉玛依石化有限责任公司"}),
                    new Federation("KRMY-DSZ", "独山子区总工会", "650202", new String[]{"独山子石化公司", "独山子顺丰同城配送站"}),
                    new Federation("KRMY-BJT", "白碱滩区总工会", "650204", new String[]{"白碱滩饿了么配送站", "克拉玛依特种设备安装公司"})),
            URUMQI, List.of(
                    new Federation("URC-TS", "天山区总工会", "650102", new String[]{"乌鲁木齐美团配送天山站", "新疆建工集团"}),
                    new Federation("URC-SYBK", "沙依巴克区总工会", "650103", new String[]{"达达快送乌鲁木齐站", "特变电工新疆公司"}),
                    new Federation("URC-XS", "新市区总工会", "650104", new String[]{"乌鲁木齐饿了么新市站", "新疆八一钢铁公司"})),
            NATIONAL, List.of(
                    new Federation("JL-FTU", "吉林省总工会", "220000", new String[]{"长春美团配送站", "中国一汽集团"}),
                    new Federation("SH-FTU", "上海市总工会", "310000", new String[]{"上海饿了么配送站", "上海电气集团"})));

    /** How long to wait for what travels between the services before giving up. */
    private Duration patience = Duration.ofSeconds(180);

    private final Api api = new Api();
    private final Urls urls;
    private final Keys keys;
    private final Size size;
    private final Consumer<String> progress;
    private final SeedPeople people = new SeedPeople(2027);
    /** Each person's ability, which the generated marks follow; the hero's and rivals' are set to reproduce the seed path. */
    private final Map<String, Double> ability = new HashMap<>();
    private final Map<String, String> roles = new HashMap<>();
    private final String organizer;
    private int enterpriseCounter;

    /** Called after every event of a level is locked, before its promotions are awaited (tests crash services here). */
    private Consumer<String> afterLevelLocked = level -> { };

    public SeedScenario afterLevelLocked(Consumer<String> hook) {
        this.afterLevelLocked = hook;
        return this;
    }

    /** Called once a level's promotions are registered one level up, before that level is judged (tests correct results here). */
    private Consumer<String> afterLevelPromoted = level -> { };

    public SeedScenario afterLevelPromoted(Consumer<String> hook) {
        this.afterLevelPromoted = hook;
        return this;
    }

    /** Whether the city level's publicity drill runs (objections in Urumqi's 公示); the fault suite leaves it out. */
    private boolean publicityDrill = true;
    private PublicityDrill.Outcome publicity;

    public SeedScenario publicityDrill(boolean run) {
        this.publicityDrill = run;
        return this;
    }

    /** What the publicity drill did, or null if it did not run. */
    public PublicityDrill.Outcome publicity() {
        return publicity;
    }

    /** The city level's disqualification and withdrawal after ranking ({@link StatusChanges}), once asked for; null: left out. */
    private List<StatusChanges.Outcome> statusChanges;

    /** Adds {@link StatusChanges} once the city promotions are registered (the fault suite, which reconciles versions, leaves them out). */
    public SeedScenario withStatusChanges() {
        this.statusChanges = new ArrayList<>();
        return this;
    }

    /** What {@link StatusChanges} did, after {@link #run}; empty when left out. */
    public List<StatusChanges.Outcome> statusChanges() {
        return statusChanges == null ? List.of() : List.copyOf(statusChanges);
    }

    /** Called once every direct entrant is registered, while the services still consume them (the fault suite crashes them here). */
    private Runnable afterRegistered = () -> { };

    /** Karamay's courier event in rounds (a preliminary for this many entrants, then the final); 0: none. */
    private int preliminaryEntrants;
    private Preliminary preliminary;

    public SeedScenario withPreliminary(int entrants) {
        this.preliminaryEntrants = entrants;
        return this;
    }

    /** Waits at most this long for each thing the services pass on (the fault suite, which expects losses, waits less). */
    public SeedScenario patience(Duration patience) {
        this.patience = patience;
        return this;
    }

    public SeedScenario afterRegistered(Runnable hook) {
        this.afterRegistered = hook;
        return this;
    }

    /** An event of the scenario: where it is, its level, and the competition its best advance to (null at the top). */
    public record EventRef(String competition, String event, String level, String advancesTo, int quota) {
    }

    /** Every event of the scenario, level by level. */
    public static List<EventRef> events() {
        List<EventRef> all = new ArrayList<>();
        for (String level : List.of("CITY", "PROVINCIAL", "NATIONAL")) {
            for (Competition c : COMPETITIONS) {
                if (c.level().equals(level)) {
                    EVENTS.forEach(e -> all.add(new EventRef(c.code(), e.code(), level, c.feeds(), quota(level))));
                }
            }
        }
        return all;
    }

    private static int quota(String level) {
        return switch (level) {
            case "CITY" -> 4;
            case "PROVINCIAL" -> 3;
            default -> 0;
        };
    }

    public SeedScenario(Urls urls, Keys keys, Size size, Consumer<String> progress) {
        this.urls = urls;
        this.keys = keys;
        this.size = size;
        this.progress = progress;
        this.organizer = keys.token("organizer", null, "organizer-demo", Duration.ofHours(2));
    }

    /** Runs everything, level by level; returns the hero's person id. */
    public String run() {
        setUp();
        if (preliminaryEntrants > 0) {
            preliminary = new Preliminary(urls, keys, api, people, organizer, patience, progress);
            preliminary.setUp(Math.max(500, preliminaryEntrants));
        }
        String hero = registerDirectEntrants();
        if (preliminary != null) {
            preliminary.register(FEDERATIONS.get(KARAMAY), preliminaryEntrants, this::enterpriseIndex);
        }
        afterRegistered.run();
        for (String level : List.of("CITY", "PROVINCIAL", "NATIONAL")) {
            List<Competition> atLevel = COMPETITIONS.stream().filter(c -> c.level().equals(level)).toList();
            for (Competition c : atLevel) {
                for (Event e : EVENTS) {
                    judgeAndLock(c, e);
                }
            }
            if (preliminary != null && level.equals("CITY")) {
                preliminary.run();
            }
            afterLevelLocked.accept(level);
            for (Competition c : atLevel) {
                for (Event e : EVENTS) {
                    awaitRanking(c, e);
                }
            }
            if (!level.equals("NATIONAL")) {
                awaitPromotionsInto(level.equals("CITY") ? XINJIANG : NATIONAL);
                if (level.equals("CITY") && publicityDrill) {
                    publicity = new PublicityDrill(urls, keys, patience, progress).run(URUMQI, "delivery-rider", URUMQI + "-delivery-rider-chief");
                }
                if (level.equals("CITY") && statusChanges != null) {
                    statusChanges.addAll(new StatusChanges(urls, keys, organizer, patience, progress).run());
                }
                afterLevelPromoted.accept(level);
            }
        }
        return hero;
    }

    private void setUp() {
        long t0 = System.nanoTime();
        FEDERATIONS.values().forEach(list -> list.forEach(f -> api.expect(201, "POST", urls.registration() + "/api/v1/federations",
                organizer, Map.of("code", f.code(), "name", f.name(), "regionCode", f.region()))));
        for (Competition c : COMPETITIONS) {
            LocalDate startsOn = LocalDate.now().plusDays(c.startsInDays());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", c.code());
            body.put("name", c.name());
            body.put("level", c.level());
            body.put("regionCode", c.region());
            body.put("edition", c.edition());
            body.put("year", startsOn.getYear());
            body.put("startsOn", startsOn.toString());
            body.put("registrationClosesAt", startsOn.minusDays(7).atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toString());
            body.put("feeds", c.feeds());
            body.put("publicityDays", c.publicityDays());
            api.expect(201, "POST", urls.registration() + "/api/v1/competitions", organizer, body);
            for (Event e : EVENTS) {
                api.expect(201, "POST", urls.registration() + "/api/v1/competitions/" + c.code() + "/events", organizer, event(c, e));
            }
        }
        progress.accept(String.format("组织者 organiser: %d federations, %d competitions, %d events set up (%.1f s)",
                FEDERATIONS.values().stream().mapToInt(List::size).sum(), COMPETITIONS.size(),
                COMPETITIONS.size() * EVENTS.size(), seconds(t0)));
    }

    private Map<String, Object> event(Competition c, Event e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code());
        body.put("name", e.name());
        body.put("occupation", e.name());
        body.put("skillLevel", e.skillLevel());
        body.put("capacity", Math.max(500, size.perCityEvent()));
        body.put("quota", quota(c.level()));
        body.put("advancesTo", c.feeds() == null ? null : Map.of("competition", c.feeds(), "event", e.code()));
        body.put("scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10,
                "modules", e.modules().stream().map(m -> Map.of("code", m.code(), "name", m.name(), "maxMark", m.maxMark(),
                        "weight", m.weight())).toList()));
        body.put("awards", Map.of("mode", "COUNT", "gold", 1, "silver", 2, "bronze", 3,
                "excellence", c.level().equals("NATIONAL") ? 10 : c.level().equals("PROVINCIAL") ? 2 : 0));
        return body;
    }

    /**
     * Federations submit their entrants as their own systems do: one batch per federation and event
     * (with an Idempotency-Key, so a retry would be harmless); the hero alone through the single-entry API.
     */
    private String registerDirectEntrants() {
        long t0 = System.nanoTime();
        String hero = null;
        int count = 0;
        int batches = 0;
        for (String competition : List.of(KARAMAY, URUMQI, NATIONAL)) {
            List<Federation> feds = FEDERATIONS.get(competition);
            int perEvent = competition.equals(NATIONAL) ? size.nationalDirectPerEvent() : size.perCityEvent();
            for (Event e : EVENTS) {
                Map<Federation, List<Map<String, Object>>> rows = new LinkedHashMap<>();
                Map<Federation, List<String>> rowRoles = new LinkedHashMap<>();
                for (int i = 0; i < perEvent; i++) {
                    Federation f = feds.get(i % feds.size());
                    String name = people.name(!competition.equals(NATIONAL));
                    String role = "";
                    if (e.code().equals("delivery-rider") && i == 0) {
                        if (competition.equals(KARAMAY)) {
                            name = HERO;
                            role = "hero";
                        } else if (competition.equals(URUMQI)) {
                            name = RIVAL;
                            role = "rival";
                        }
                    }
                    if (competition.equals(NATIONAL) && i < 7 && e.code().equals("delivery-rider")) {
                        role = "star";
                    }
                    String enterprise = f.enterprises()[i % f.enterprises().length];
                    Map<String, Object> row = Map.of(
                            "name", name,
                            "idNumber", people.idNumber(f.region()),
                            "phone", people.phone(),
                            "employer", Map.of("name", enterprise, "creditCode",
                                    SeedPeople.creditCode(f.region(), enterpriseIndex(enterprise))),
                            "currentSkillLevel", e.skillLevel() + 1);
                    if (role.equals("hero")) {
                        String token = keys.token("federation", f.code(), "federation-" + f.code(), Duration.ofHours(1));
                        hero = api.expect(201, "POST", urls.registration() + "/api/v1/competitions/" + competition
                                + "/events/" + e.code() + "/entries", token, row).get("personId").asText();
                        remember(hero, role);
                        count++;
                        continue;
                    }
                    rows.computeIfAbsent(f, k -> new ArrayList<>()).add(row);
                    rowRoles.computeIfAbsent(f, k -> new ArrayList<>()).add(role);
                }
                for (var batch : rows.entrySet()) {
                    Federation f = batch.getKey();
                    String token = keys.token("federation", f.code(), "federation-" + f.code(), Duration.ofHours(1));
                    Api.Answer sent = api.send("POST", urls.registration() + "/api/v1/competitions/" + competition + "/events/"
                            + e.code() + "/entries/batch", token, Map.of("entries", batch.getValue()), Map.of("Idempotency-Key",
                            competition + "/" + e.code() + "/" + f.code()));
                    JsonNode answer = sent.body();
                    if (sent.status() != 200 || answer.get("rejected").size() > 0) {
                        throw new IllegalStateException(f.code() + ": rows rejected: " + answer.get("rejected"));
                    }
                    for (JsonNode accepted : answer.get("accepted")) {
                        remember(accepted.get("personId").asText(), rowRoles.get(f).get(accepted.get("index").asInt()));
                        count++;
                    }
                    batches++;
                }
            }
        }
        progress.accept(String.format("工会 federations: %d entrants registered over REST in %d batches (%.1f s)",
                count, batches, seconds(t0)));
        return hero;
    }

    private void remember(String personId, String role) {
        roles.put(personId, role);
        ability.put(personId, role.equals("star") ? people.uniform(91, 98) : people.uniform(60, 85));
    }

    private final Map<String, Integer> enterprises = new HashMap<>();

    private int enterpriseIndex(String enterprise) {
        return enterprises.computeIfAbsent(enterprise, k -> ++enterpriseCounter);
    }

    /** What the marks of a person follow at a level. The hero and the rival follow the seed path. */
    private double abilityAt(String personId, String level) {
        return switch (roles.getOrDefault(personId, "")) {
            case "hero" -> switch (level) {
                case "CITY" -> 97;        // first in Karamay
                case "PROVINCIAL" -> 93;  // behind the Urumqi champion: silver
                default -> 88;            // behind seven national stars: 8th, excellence award
            };
            case "rival" -> level.equals("CITY") ? 96 : 97.5;
            default -> ability.getOrDefault(personId, 70.0);
        };
    }

    /** The event's entries registration lists as registered (not withdrawn). */
    private List<JsonNode> registeredEntries(Competition c, Event e) {
        JsonNode entries = api.all(urls.registration() + "/api/v1/competitions/" + c.code() + "/events/" + e.code()
                + "/entries", organizer, Api.LONG_PAGE);
        List<JsonNode> registered = new ArrayList<>();
        entries.forEach(n -> {
            if (n.get("status").asText().equals("REGISTERED")) {
                registered.add(n);
            }
        });
        return registered;
    }

    /** Panel, marks, theory and the lock of one event. */
    private void judgeAndLock(Competition c, Event e) {
        long t0 = System.nanoTime();
        String label = c.name() + " · " + e.name();
        String scoringEvent = urls.scoring() + "/api/v1/events/" + c.code() + "/" + e.code();
        String chief = c.code() + "-" + e.code() + "-chief";
        Map<String, List<String>> panel = new LinkedHashMap<>();
        for (Module m : e.modules()) {
            List<String> judges = new ArrayList<>();
            for (int j = 1; j <= m.judges(); j++) {
                judges.add(c.code() + "-" + e.code() + "-" + m.code() + "-j" + j);
            }
            panel.put(m.code(), judges);
        }
        // scoring learns of the event and its entrants through Kafka: wait until it knows them all
        awaitTrue(label + ": scoring knows the event", () -> api.send("PUT", scoringEvent + "/panel", organizer,
                Map.of("chiefJudge", chief, "modules", panel)).status() == 200);
        // the same entrants on both sides, not only as many, read afresh each time: a revocation's withdrawal
        // and a new promotion may still be on their way to registration as well as to scoring
        List<JsonNode> active = new ArrayList<>();
        awaitTrue(label + ": scoring knows the very entrants registration lists", () -> {
            List<JsonNode> listed = registeredEntries(c, e);
            java.util.Set<String> listedIds = new java.util.HashSet<>();
            listed.forEach(n -> listedIds.add(n.get("entryId").asText()));
            java.util.Set<String> known = new java.util.HashSet<>();
            api.whole(scoringEvent + "/results", organizer, "entries", Api.LONG_PAGE).get("entries")
                    .forEach(n -> known.add(n.get("entryId").asText()));
            if (!known.equals(listedIds)) {
                return false;
            }
            active.clear();
            active.addAll(listed);
            return true;
        });

        int marks = 0;
        for (Module m : e.modules()) {
            for (String judge : panel.get(m.code())) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (JsonNode entry : active) {
                    double skill = abilityAt(entry.get("personId").asText(), c.level());
                    double mark = Math.max(0, Math.min(m.maxMark(), skill * m.maxMark() / 100 + people.uniform(-1.5, 1.5) * m.maxMark() / 100));
                    rows.add(Map.of("entryId", entry.get("entryId").asText(), "module", m.code(),
                            "mark", BigDecimal.valueOf(mark).setScale(1, RoundingMode.HALF_UP),
                            "timeUsedSeconds", people.between(1200, 2400)));
                }
                JsonNode answer = api.expect(200, "POST", scoringEvent + "/marks",
                        keys.token("judge", null, judge, Duration.ofHours(1)), Map.of("marks", rows));
                if (answer.get("rejected").asInt() > 0) {
                    throw new IllegalStateException(label + ": marks rejected: " + answer);
                }
                marks += rows.size();
            }
        }
        String chiefToken = keys.token("chief-judge", null, chief, Duration.ofHours(1));
        List<Map<String, Object>> theory = new ArrayList<>();
        for (JsonNode entry : active) {
            double skill = abilityAt(entry.get("personId").asText(), c.level());
            theory.add(Map.of("entryId", entry.get("entryId").asText(),
                    "score", BigDecimal.valueOf(Math.max(0, Math.min(100, skill + people.uniform(-2, 2)))).setScale(1, RoundingMode.HALF_UP)));
        }
        api.expect(200, "POST", scoringEvent + "/theory", chiefToken, Map.of("scores", theory));
        api.expect(200, "POST", scoringEvent + "/lock", chiefToken, null);
        progress.accept(String.format("%-10s %s: %d entrants, %d marks by %d judges, locked by the chief judge (%.1f s)",
                c.level(), label, active.size(), marks, panel.values().stream().mapToInt(List::size).sum(), seconds(t0)));
    }

    /** Results travel scoring → Kafka → ranking. */
    private void awaitRanking(Competition c, Event e) {
        long t0 = System.nanoTime();
        String rankingUrl = urls.ranking() + "/api/v1/events/" + c.code() + "/" + e.code() + "/ranking";
        awaitTrue(c.name() + " · " + e.name() + ": ranked", () -> api.send("GET", rankingUrl, null, null).status() == 200);
        progress.accept(String.format("%-10s %s · %s: ranked, awards given (%.1f s)", c.level(), c.name(), e.name(), seconds(t0)));
    }

    /** Promotions travel ranking → Kafka → registration: wait until every advancing entrant is registered one level up. */
    private void awaitPromotionsInto(String target) {
        long t0 = System.nanoTime();
        for (Event e : EVENTS) {
            int expected = 0;
            for (Competition c : COMPETITIONS) {
                if (target.equals(c.feeds())) {
                    JsonNode ranking = api.whole(urls.ranking() + "/api/v1/events/" + c.code() + "/" + e.code() + "/ranking", null,
                            "places", Api.LONG_PAGE);
                    for (JsonNode p : ranking.get("places")) {
                        expected += p.get("advanced").asBoolean() ? 1 : 0;
                    }
                }
            }
            int want = expected;
            String url = urls.registration() + "/api/v1/competitions/" + target + "/events/" + e.code() + "/entries";
            awaitTrue(target + "/" + e.code() + ": " + want + " promoted entrants registered", () -> {
                int promoted = 0;
                for (JsonNode n : api.all(url, organizer, Api.LONG_PAGE)) {
                    promoted += n.get("origin").asText().equals("PROMOTED") && n.get("status").asText().equals("REGISTERED") ? 1 : 0;
                }
                return promoted == want;
            });
        }
        progress.accept(String.format("晋级 promotion: advancing entrants registered into %s (%.1f s after ranking)", target, seconds(t0)));
    }

    private void awaitTrue(String what, BooleanSupplier condition) {
        Api.await(what, patience, Duration.ofMillis(250), condition);
    }

    private static double seconds(long startNanos) {
        return Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
    }
}

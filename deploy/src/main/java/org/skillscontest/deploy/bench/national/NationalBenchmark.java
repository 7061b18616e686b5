package org.skillscontest.deploy.bench.national;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.stack.LocalStack;

/**
 * The national benchmark's run (README, Benchmarks): the synthetic three-level competition of a
 * {@link Shape} driven through the real services as its users would drive it — organisers set it
 * up, district federations enter their workers in bulk, the exam platform's preliminary scores are
 * imported, many judges mark at once, chief judges lock — while the services pass results,
 * promotions and honours on over Kafka, level by level up to the national final. Each stage is
 * timed on its own; {@link Flow} reads what the services publish and {@link Timeline} samples lag
 * and memory all along. Checks the counts at every level (who registered, who was ranked, who
 * advanced and was registered one level up, honours), so that a small run is a behaviour test.
 */
public final class NationalBenchmark {

    /** Practical modules of every event and judges per module: six judges per event. */
    static final List<String> MODULES = List.of("practice", "safety");
    static final int JUDGES_PER_MODULE = 3;
    static final String[] LEVELS = {"CITY", "PROVINCIAL", "NATIONAL"};

    /** A timed stage: how many things it did in how long. */
    public record Stage(String name, String unit, long count, double seconds) {
        public double rate() {
            return seconds > 0 ? count / seconds : 0;
        }
    }

    /** An event of the run: where it is, its level, whether it runs in rounds. */
    record Ev(String competition, String code, String level, boolean rounds) {
        String key() {
            return competition + "/" + code;
        }
    }

    /** Per level: its events, how many entrants competed, what advanced, latencies from each lock (ms). */
    public record LevelResult(String level, int events, int entrants, int advanced, int promotedRegistered, int honours,
                              List<Long> lockToRankedMs, List<Long> lockToLastRecordMs, long flowRecords, double flowSeconds) {
    }

    public record Result(Shape shape, List<Stage> stages, List<LevelResult> levels, double endToEndSeconds, Timeline timeline,
                         Map<String, Long> entriesPerCompetitionLevel, List<String> problems, int promotionBytes,
                         List<Integer> cityMarkRequests, int finalists) {
    }

    private final LocalStack stack;
    private final Shape shape;
    private final int clients;
    private final Consumer<String> progress;
    private final Api api = new Api();
    private final Duration patience;
    private final String organizer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new LinkedHashMap<>();
    private final List<Stage> stages = Collections.synchronizedList(new ArrayList<>());
    private final List<LevelResult> levels = new ArrayList<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    /** City events: who each federation entered (ID numbers, for the preliminary's import), and how many were accepted. */
    private final Map<String, List<String>> idNumbers = new ConcurrentHashMap<>();
    private final Map<String, Integer> accepted = new ConcurrentHashMap<>();
    private final Map<String, Long> lockedAt = new ConcurrentHashMap<>();
    /** The registration batches, made before the clock starts (a federation's system holds its rows already). */
    private final List<Batch> batches = new ArrayList<>();
    private Flow flow;
    /** The city level's marks requests' sizes, for the baseline. */
    private final List<Integer> cityMarkRequests = new ArrayList<>();

    /** One federation's batch for one event: the body as JSON, its rows. */
    record Batch(String competition, String event, String federation, String body, List<People.Person> rows) {
    }

    public NationalBenchmark(LocalStack stack, Shape shape, int clients, Duration patience, Consumer<String> progress) {
        this.stack = stack;
        this.shape = shape;
        this.clients = clients;
        this.patience = patience;
        this.progress = progress;
        this.organizer = stack.keys().token("organizer", null, "national-benchmark", Duration.ofHours(12));
        for (String c : List.of("entries accepted", "preliminary scores imported", "marks entered", "theory scores entered", "locks")) {
            counters.put(c, new AtomicLong());
        }
    }

    /**
     * The whole benchmark on a started stack whose services log their GC to {@code gcLogs}: the run,
     * then the baselines on the same machine, then the report, printed and written to {@code dir}.
     */
    public static Result measure(LocalStack stack, java.nio.file.Path repository, Shape shape, int clients,
                                 java.nio.file.Path gcLogs, java.nio.file.Path dir, java.io.PrintStream out) {
        NationalBenchmark bench = new NationalBenchmark(stack, shape, clients, Duration.ofMinutes(20), line -> out.println("  " + line));
        Result result = bench.run();
        List<NationalReport.Memory> memory = new ArrayList<>();
        for (String s : LocalStack.SERVICES) {
            long[] heap = NationalReport.peakHeap(gcLogs.resolve(s + "-gc.log"));
            long rss = stack.service(s).pid().stream().map(Timeline::peakRssKb).findFirst().orElse(0L) / 1024;
            memory.add(new NationalReport.Memory(s, heap[0], heap[1], rss));
        }
        out.println("  基线 baselines on the same machine: JDBC and COPY into scratch databases, Kafka's own perf tools …");
        Map<String, Baselines.Rate> baselines = new LinkedHashMap<>();
        Baselines b = new Baselines(stack, repository, clients);
        try {
            baselines.put("entries JDBC", b.entriesByJdbc(bench.batches()));
            baselines.put("entries COPY", b.entriesByCopy(bench.batches()));
            baselines.put("marks JDBC", b.marksByJdbc(result.cityMarkRequests()));
            baselines.put("marks COPY", b.marksByCopy(result.cityMarkRequests()));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("a database baseline failed: " + e.getMessage(), e);
        }
        List<Baselines.Rate> kafka = b.kafka(Math.max(20_000, Math.min(200_000, shape.entrants())), result.promotionBytes());
        baselines.put("kafka producer", kafka.get(0));
        baselines.put("kafka consumer", kafka.get(1));
        NationalReport report = new NationalReport(result, baselines, memory, out);
        report.print();
        try {
            report.write(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.println("  files: " + dir.resolve("report.json") + ", timeline.csv, timeline.svg");
        return result;
    }

    /** The city, provincial and national events, level by level. */
    List<Ev> events(String level) {
        List<Ev> all = new ArrayList<>();
        List<String> competitions = switch (level) {
            case "CITY" -> shape.cityList().stream().map(Shape.City::competition).toList();
            case "PROVINCIAL" -> shape.provinceList().stream().map(Shape.Province::competition).toList();
            default -> List.of(NATIONAL);
        };
        for (String c : competitions) {
            for (int e = 0; e < shape.events(); e++) {
                all.add(new Ev(c, shape.occupations().get(e).code(), level, level.equals("CITY") && shape.inRounds(e)));
            }
        }
        return all;
    }

    static final String NATIONAL = "NAT-2027";

    public Result run() {
        Map<String, OptionalLong> pids = new LinkedHashMap<>();
        LocalStack.SERVICES.forEach(s -> pids.put(s, stack.service(s).pid()));
        setUp();
        prepareBatches();
        try (Flow flow = new Flow(stack.bootstrapServers());
             Timeline timeline = new Timeline(stack.bootstrapServers(), flow, counters, pids)) {
            this.flow = flow;
            long t0 = System.nanoTime();
            register();
            for (String level : LEVELS) {
                judge(level);
            }
            double endToEnd = (System.nanoTime() - t0) / 1e9;
            progress.accept(String.format("全程 end to end: %,d entrants through three levels in %.1f s", shape.entrants(), endToEnd));
            flow.check();
            Map<String, Long> perLevel = new LinkedHashMap<>();
            for (String level : LEVELS) {
                perLevel.put(level, events(level).stream().mapToLong(ev -> flow.registeredIn(ev.key())).sum());
            }
            long promotions = flow.records(org.skillscontest.contracts.Topic.ENTRANT_PROMOTED);
            int promotionBytes = promotions == 0 ? 600
                    : (int) (flow.bytes.get(org.skillscontest.contracts.Topic.ENTRANT_PROMOTED.topicName()).get() / promotions);
            return new Result(shape, List.copyOf(stages), List.copyOf(levels), endToEnd, timeline, perLevel, List.copyOf(problems),
                    promotionBytes, List.copyOf(cityMarkRequests), flow.qualified.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    // ---- set-up -------------------------------------------------------------------------------------

    private void setUp() {
        long t0 = System.nanoTime();
        List<Callable<Void>> federations = new ArrayList<>();
        for (Shape.City city : shape.cityList()) {
            for (int f = 0; f < Shape.FEDERATIONS_PER_CITY; f++) {
                String code = city.federationCode(f);
                String region = city.federationRegion(f);
                String name = city.province().name() + "第" + city.number() + "市第" + (f + 1) + "区总工会";
                federations.add(() -> {
                    api.expect(201, "POST", registration() + "/api/v1/federations", organizer,
                            Map.of("code", code, "name", name, "regionCode", region));
                    return null;
                });
            }
        }
        inParallel(federations);
        // the top first: a competition names the one it feeds, which must exist
        competition(NATIONAL, "全国职工职业技能大赛（2027）", "NATIONAL", "100000", null, 90);
        inParallel(shape.provinceList().stream().<Callable<Void>>map(p -> () -> {
            competition(p.competition(), p.name() + "职工职业技能大赛（2027）", "PROVINCIAL", p.region(), NATIONAL, 60);
            return null;
        }).toList());
        inParallel(shape.cityList().stream().<Callable<Void>>map(c -> () -> {
            competition(c.competition(), c.name(), "CITY", c.region(), c.province().competition(), 30);
            return null;
        }).toList());
        // events top down too: an event names the one it advances to
        List<Callable<Void>> events = new ArrayList<>();
        for (String level : List.of("NATIONAL", "PROVINCIAL", "CITY")) {
            List<Callable<Void>> atLevel = events(level).stream().<Callable<Void>>map(ev -> () -> {
                api.expect(201, "POST", registration() + "/api/v1/competitions/" + ev.competition() + "/events", organizer, event(ev));
                return null;
            }).toList();
            inParallel(atLevel);
            events.addAll(atLevel);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stages.add(new Stage("set-up (federations, competitions, events)", "requests", federations.size() + shape.competitions()
                + (long) events.size(), seconds));
        progress.accept(String.format("组织者 organisers: %d federations, %d competitions, %,d events set up (%.1f s)",
                federations.size(), shape.competitions(), events.size(), seconds));
    }

    private void competition(String code, String name, String level, String region, String feeds, int startsInDays) {
        LocalDate startsOn = LocalDate.now().plusDays(startsInDays);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", level);
        body.put("regionCode", region);
        body.put("edition", 1);
        body.put("year", startsOn.getYear());
        body.put("startsOn", startsOn.toString());
        body.put("registrationClosesAt", startsOn.minusDays(7).atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toString());
        body.put("feeds", feeds);
        body.put("publicityDays", 0);
        api.expect(201, "POST", registration() + "/api/v1/competitions", organizer, body);
    }

    private Map<String, Object> event(Ev ev) {
        Shape.Occupation o = shape.occupations().stream().filter(x -> x.code().equals(ev.code())).findFirst().orElseThrow();
        String feeds = switch (ev.level()) {
            case "CITY" -> "P" + ev.competition().substring(1, 3) + "-2027";
            case "PROVINCIAL" -> NATIONAL;
            default -> null;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", o.code());
        body.put("name", o.name());
        body.put("occupation", o.name());
        body.put("skillLevel", 4);
        body.put("capacity", 5000);
        body.put("quota", switch (ev.level()) {
            case "CITY" -> Shape.CITY_QUOTA;
            case "PROVINCIAL" -> Shape.PROVINCIAL_QUOTA;
            default -> 0;
        });
        body.put("advancesTo", feeds == null ? null : Map.of("competition", feeds, "event", o.code()));
        body.put("scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10,
                "modules", MODULES.stream().map(m -> Map.of("code", m, "name", m.equals("practice") ? "实际操作" : "安全规范",
                        "maxMark", 100, "weight", 50)).toList()));
        body.put("awards", Map.of("mode", "COUNT", "gold", 1, "silver", 2, "bronze", 3,
                "excellence", ev.level().equals("NATIONAL") ? 10 : ev.level().equals("PROVINCIAL") ? 2 : 0));
        if (ev.rounds()) {
            body.put("rounds", List.of(
                    Map.of("code", "PRELIM", "name", "初赛", "cut", Map.of("mode", "TOP_PERCENT", "value", Shape.CUT_PERCENT),
                            "scoring", Map.of("theoryWeight", 100, "practicalWeight", 0, "modules", List.of())),
                    Map.of("code", "FINAL", "name", "决赛")));
        }
        return body;
    }

    // ---- registration -------------------------------------------------------------------------------

    private void prepareBatches() {
        List<Shape.City> cities = shape.cityList();
        for (int ci = 0; ci < cities.size(); ci++) {
            Shape.City city = cities.get(ci);
            int[] entered = new int[Shape.FEDERATIONS_PER_CITY];
            for (int e = 0; e < shape.events(); e++) {
                String event = shape.occupations().get(e).code();
                int size = shape.entrantsOf(ci, e);
                for (int f = 0; f < Shape.FEDERATIONS_PER_CITY; f++) {
                    int share = size / Shape.FEDERATIONS_PER_CITY + (f < size % Shape.FEDERATIONS_PER_CITY ? 1 : 0);
                    List<People.Person> rows = People.of(city.federationRegion(f), entered[f], share);
                    entered[f] += share;
                    List<Map<String, Object>> entries = rows.stream().<Map<String, Object>>map(p -> Map.of("name", p.name(),
                            "idNumber", p.idNumber(), "phone", p.phone(), "currentSkillLevel", 4,
                            "employer", Map.of("name", p.employer(), "creditCode", p.creditCode()))).toList();
                    try {
                        batches.add(new Batch(city.competition(), event, city.federationCode(f),
                                Api.JSON.writeValueAsString(Map.of("entries", entries)), rows));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                        throw new IllegalStateException(ex);
                    }
                    idNumbers.computeIfAbsent(city.competition() + "/" + event, k -> Collections.synchronizedList(new ArrayList<>()))
                            .addAll(rows.stream().map(People.Person::idNumber).toList());
                }
            }
        }
    }

    List<Batch> batches() {
        return batches;
    }

    /** Every district federation's batches, {@code clients} at a time; every row must be accepted. */
    private void register() {
        progress.accept(String.format("工会 federations: %,d entrants in %,d batches (one per federation and event) from %d clients …",
                shape.entrants(), batches.size(), clients));
        long t0 = System.nanoTime();
        inParallel(batches.stream().<Callable<Void>>map(b -> () -> {
            String token = tokens.computeIfAbsent("federation " + b.federation(), k -> stack.keys().token("federation", b.federation(),
                    "clerk-" + b.federation(), Duration.ofHours(12)));
            Api.Answer answer = api.sendJson("POST", registration() + "/api/v1/competitions/" + b.competition() + "/events/" + b.event()
                    + "/entries/batch", token, b.body(), Map.of("Idempotency-Key", b.competition() + "/" + b.event() + "/" + b.federation()));
            if (answer.status() != 200 || answer.body().get("rejected").size() > 0) {
                throw new IllegalStateException(b.federation() + " " + b.competition() + "/" + b.event() + " answered " + answer.status()
                        + ": " + answer.body());
            }
            int n = answer.body().get("accepted").size();
            accepted.merge(b.competition() + "/" + b.event(), n, Integer::sum);
            counters.get("entries accepted").addAndGet(n);
            return null;
        }).toList());
        double seconds = (System.nanoTime() - t0) / 1e9;
        stages.add(new Stage("registration (bulk, REST)", "entries", shape.entrants(), seconds));
        progress.accept(String.format("工会 federations: %,d entrants registered in %.1f s → %,.0f entries/s", shape.entrants(), seconds,
                shape.entrants() / seconds));
    }

    // ---- one level ----------------------------------------------------------------------------------

    /** Marks of one judge for one event. */
    private record Marks(String judge, String url, List<Map<String, Object>> rows) {
    }

    private void judge(String level) {
        List<Ev> events = events(level);
        long levelStart = System.nanoTime();
        if (level.equals("CITY")) {
            preliminaries(events.stream().filter(Ev::rounds).toList());
        } else {
            // everyone here came by promotion: wait until registration has registered every one of them
            awaitTrue(level + ": every promotion into the level registered", () -> events.stream()
                    .allMatch(ev -> flow.promotedTo(ev.key()) > 0 && flow.registeredIn(ev.key()) == flow.promotedTo(ev.key())));
        }
        // rosters and panels, then every judge's marks at once, theory, locks
        Map<Ev, List<UUID>> rosters = new ConcurrentHashMap<>();
        long rostersStart = System.nanoTime();
        inParallel(events.stream().<Callable<Void>>map(ev -> () -> {
            rosters.put(ev, roster(ev));
            return null;
        }).toList());
        // untimed by the goals but part of the end-to-end time: scoring learning each roster, panels, entry ids read
        stages.add(new Stage(level + " rosters known to scoring, panels set", "events", events.size(), seconds(rostersStart)));
        int entrants = rosters.values().stream().mapToInt(List::size).sum();
        List<Marks> marks = new ArrayList<>();
        rosters.forEach((ev, entries) -> marks.addAll(marks(ev, entries)));
        Collections.shuffle(marks, new Random(7)); // judges of different events at once, as on the day
        long t0 = System.nanoTime();
        inParallel(marks.stream().<Callable<Void>>map(m -> () -> {
            JsonNode answer = api.expect(200, "POST", m.url(), judgeToken(m.judge()), Map.of("marks", m.rows()));
            if (answer.get("rejected").asInt() > 0) {
                throw new IllegalStateException(m.judge() + ": marks rejected: " + answer);
            }
            counters.get("marks entered").addAndGet(m.rows().size());
            return null;
        }).toList());
        long markCount = marks.stream().mapToLong(m -> m.rows().size()).sum();
        if (level.equals("CITY")) {
            marks.forEach(m -> cityMarkRequests.add(m.rows().size()));
        }
        stages.add(new Stage(level + " marks (" + marks.size() + " requests from many judges at once)", "marks", markCount, seconds(t0)));
        t0 = System.nanoTime();
        inParallel(rosters.entrySet().stream().<Callable<Void>>map(e -> () -> {
            theory(e.getKey(), e.getValue());
            return null;
        }).toList());
        stages.add(new Stage(level + " theory scores", "scores", entrants, seconds(t0)));
        t0 = System.nanoTime();
        inParallel(events.stream().<Callable<Void>>map(ev -> () -> {
            lockedAt.put(ev.key(), System.currentTimeMillis());
            api.expect(200, "POST", scoringEvent(ev) + "/lock", chiefToken(ev), null);
            counters.get("locks").incrementAndGet();
            return null;
        }).toList());
        stages.add(new Stage(level + " locks", "events", events.size(), seconds(t0)));
        progress.accept(String.format("%-10s %,d events: %,d entrants, %,d marks by %,d judges, locked (%.1f s since the level began)",
                level, events.size(), entrants, markCount, events.size() * MODULES.size() * JUDGES_PER_MODULE, seconds(levelStart)));

        // ranked, then every promotion out of the level (or the honours of the final) on the topics
        long waitStart = System.nanoTime();
        awaitTrue(level + ": every event ranked", () -> events.stream().allMatch(ev -> flow.ranked.containsKey(ev.key())));
        awaitTrue(level + ": every advancing entrant promoted", () -> events.stream()
                .allMatch(ev -> flow.promotedFrom(ev.key()) == flow.ranked.get(ev.key()).advanced()));
        if (level.equals("NATIONAL")) {
            awaitTrue("the final's honours", () -> events.stream().allMatch(ev -> flow.honours.containsKey(ev.key())));
            Pause.quietFor(flow, 2000); // the last honours of an event may trail its first by a moment
        }
        levels.add(levelResult(level, events, entrants));
        progress.accept(String.format("%-10s ranked and %s %.1f s after the last lock", level,
                level.equals("NATIONAL") ? "honours recommended" : "promotions published", seconds(waitStart)));
    }

    /** The city events in rounds: every entrant sits the preliminary, imported from the exam platform by ID number; then the cut. */
    private void preliminaries(List<Ev> rounds) {
        if (rounds.isEmpty()) {
            return;
        }
        inParallel(rounds.stream().<Callable<Void>>map(ev -> () -> {
            String prelim = scoringEvent(ev) + "/rounds/PRELIM";
            int expected = accepted.getOrDefault(ev.key(), 0);
            awaitTrue(ev.key() + ": scoring knows the preliminary's " + expected + " entrants", () ->
                    api.get(prelim + "/results?size=1", organizer).path("total").asInt() == expected);
            api.expect(200, "PUT", prelim + "/panel", organizer, Map.of("chiefJudge", chief(ev) + "-prelim", "modules", Map.of()));
            return null;
        }).toList());
        long t0 = System.nanoTime();
        inParallel(rounds.stream().<Callable<Void>>map(ev -> () -> {
            List<Map<String, Object>> scores = new ArrayList<>();
            for (String id : idNumbers.get(ev.key())) {
                scores.add(Map.of("idNumber", id, "score", decimal(People.ability(id))));
            }
            JsonNode imported = api.send("POST", scoringEvent(ev) + "/rounds/PRELIM/theory/import", organizer, Map.of("scores", scores),
                    Map.of("Idempotency-Key", ev.key() + "/PRELIM/exam-platform")).body();
            if (imported == null || imported.path("imported").asInt() != scores.size()) {
                throw new IllegalStateException(ev.key() + ": the preliminary's import: " + imported);
            }
            counters.get("preliminary scores imported").addAndGet(scores.size());
            return null;
        }).toList());
        long scores = rounds.stream().mapToLong(ev -> idNumbers.get(ev.key()).size()).sum();
        stages.add(new Stage("CITY preliminary imports (theory by ID number)", "scores", scores, seconds(t0)));
        inParallel(rounds.stream().<Callable<Void>>map(ev -> () -> {
            api.expect(200, "POST", scoringEvent(ev) + "/rounds/PRELIM/lock",
                    tokens.computeIfAbsent(chief(ev) + "-prelim", k -> stack.keys().token("chief-judge", null, k, Duration.ofHours(12))), null);
            return null;
        }).toList());
        awaitTrue("every preliminary's cut drawn", () -> rounds.stream().allMatch(ev -> flow.qualified.containsKey(ev.key())));
        progress.accept(String.format("CITY       %d preliminaries: %,d theory scores imported by ID number, %,d into the finals",
                rounds.size(), scores, rounds.stream().mapToInt(ev -> flow.qualified.get(ev.key())).sum()));
    }

    /** Waits until scoring holds the event's whole roster, sets its panel, and answers the entry ids. */
    private List<UUID> roster(Ev ev) {
        int expected = ev.rounds() ? flow.qualified.get(ev.key())
                : ev.level().equals("CITY") ? accepted.getOrDefault(ev.key(), 0) : flow.registeredIn(ev.key());
        String url = scoringEvent(ev);
        awaitTrue(ev.key() + ": scoring knows its " + expected + " entrants", () ->
                api.get(url + "/results?size=1", organizer).path("total").asInt() == expected);
        Map<String, List<String>> panel = new LinkedHashMap<>();
        for (String m : MODULES) {
            List<String> judges = new ArrayList<>();
            for (int j = 1; j <= JUDGES_PER_MODULE; j++) {
                judges.add(ev.key().replace('/', '-') + "-" + m + "-j" + j);
            }
            panel.put(m, judges);
        }
        api.expect(200, "PUT", url + "/panel", organizer, Map.of("chiefJudge", chief(ev), "modules", panel));
        List<UUID> entries = new ArrayList<>();
        api.whole(url + "/results", organizer, "entries", Api.LONG_PAGE).get("entries")
                .forEach(n -> entries.add(UUID.fromString(n.get("entryId").asText())));
        return entries;
    }

    private List<Marks> marks(Ev ev, List<UUID> entries) {
        List<Marks> all = new ArrayList<>();
        Random random = new Random(ev.key().hashCode());
        for (String m : MODULES) {
            for (int j = 1; j <= JUDGES_PER_MODULE; j++) {
                String judge = ev.key().replace('/', '-') + "-" + m + "-j" + j;
                List<Map<String, Object>> rows = new ArrayList<>();
                for (UUID entry : entries) {
                    double mark = Math.max(0, Math.min(100, ability(entry) + random.nextDouble() * 4 - 2));
                    rows.add(Map.of("entryId", entry.toString(), "module", m, "mark", decimal(mark),
                            "timeUsedSeconds", 1200 + random.nextInt(1200)));
                }
                all.add(new Marks(judge, scoringEvent(ev) + "/marks", rows));
            }
        }
        return all;
    }

    private void theory(Ev ev, List<UUID> entries) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (UUID entry : entries) {
            scores.add(Map.of("entryId", entry.toString(), "score", decimal(Math.min(100, ability(entry) + 1))));
        }
        JsonNode answer = api.expect(200, "POST", scoringEvent(ev) + "/theory", chiefToken(ev), Map.of("scores", scores));
        if (answer.get("rejected").asInt() > 0) {
            throw new IllegalStateException(ev.key() + ": theory scores rejected: " + answer);
        }
        counters.get("theory scores entered").addAndGet(scores.size());
    }

    private double ability(UUID entry) {
        UUID person = flow.personOfEntry.get(entry);
        return person == null ? 70 : People.ability(person);
    }

    private LevelResult levelResult(String level, List<Ev> events, int entrants) {
        List<Long> toRanked = new ArrayList<>();
        List<Long> toLast = new ArrayList<>();
        int advanced = 0;
        int promoted = 0;
        long flowRecords = 0;
        long first = Long.MAX_VALUE;
        long last = 0;
        for (Ev ev : events) {
            long locked = lockedAt.get(ev.key());
            Flow.Ranked r = flow.ranked.get(ev.key());
            toRanked.add(r.at() - locked);
            Flow.Tally out = level.equals("NATIONAL") ? flow.honours.get(ev.key()) : flow.promotedFrom.get(ev.key());
            long end = out == null ? r.at() : Math.max(r.at(), out.last());
            toLast.add(end - locked);
            advanced += r.advanced();
            promoted += flow.promotedFrom(ev.key());
            Flow.Tally parts = flow.resultParts.get(ev.key());
            flowRecords += (parts == null ? 0 : parts.count()) + 1 + (out == null ? 0 : out.count());
            first = Math.min(first, locked);
            last = Math.max(last, end);
        }
        Collections.sort(toRanked);
        Collections.sort(toLast);
        Flow.Tally honours = flow.honoursByLevel.get(level);
        if (advanced != promoted) {
            problems.add(level + ": " + advanced + " places advanced, " + promoted + " promotions published");
        }
        return new LevelResult(level, events.size(), entrants, advanced, promoted, honours == null ? 0 : honours.count(), toRanked, toLast,
                flowRecords, (last - first) / 1000.0);
    }

    // ---- plumbing -----------------------------------------------------------------------------------

    private String registration() {
        return stack.url("registration");
    }

    private String scoringEvent(Ev ev) {
        return stack.url("scoring") + "/api/v1/events/" + ev.competition() + "/" + ev.code();
    }

    private static String chief(Ev ev) {
        return ev.key().replace('/', '-') + "-chief";
    }

    private String chiefToken(Ev ev) {
        return tokens.computeIfAbsent(chief(ev), k -> stack.keys().token("chief-judge", null, k, Duration.ofHours(12)));
    }

    private String judgeToken(String judge) {
        return tokens.computeIfAbsent(judge, k -> stack.keys().token("judge", null, k, Duration.ofHours(12)));
    }

    private void awaitTrue(String what, BooleanSupplier condition) {
        Api.await(what, patience, Duration.ofMillis(200), () -> {
            flow.check();
            return condition.getAsBoolean();
        });
    }

    /** Runs the tasks on {@code clients} threads and waits for all; the first failure fails the run. */
    private <T> void inParallel(List<Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<T>> running = new ArrayList<>();
            tasks.forEach(t -> running.add(pool.submit(t)));
            for (Future<T> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Waiting for a topic to go quiet. */
    private static final class Pause {
        static void quietFor(Flow flow, long millis) {
            long seen = -1;
            while (true) {
                long now = flow.records(org.skillscontest.contracts.Topic.HONOUR_RECOMMENDED);
                if (now == seen) {
                    return;
                }
                seen = now;
                org.skillscontest.deploy.stack.Pause.millis(millis);
            }
        }
    }
}

package org.skillscontest.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.skillscontest.deploy.stack.Keys;

/**
 * The demo's closing report, for people: podiums per level with the withdrawn and disqualified entrants
 * (listed without a place), who advanced (and whose promotion was revoked, and why), and one entrant's path.
 */
public final class Report {

    private static final Map<String, String> AWARDS = Map.of("GOLD", "金奖 GOLD", "SILVER", "银奖 SILVER",
            "BRONZE", "铜奖 BRONZE", "EXCELLENCE", "优胜奖 EXCELLENCE");
    private static final Map<String, String> LEVELS = Map.of("CITY", "市级 CITY", "PROVINCIAL", "省级 PROVINCIAL",
            "NATIONAL", "全国 NATIONAL");

    private static final Map<String, String> STATUSES = Map.of("WITHDRAWN", "退赛", "DISQUALIFIED", "取消资格");

    private static final Map<String, String> HONOURS = Map.of("MAY_DAY_MEDAL", "五一劳动奖章 May Day Labour Medal",
            "TECHNICAL_EXPERT", "技术能手 Technical Expert", "SKILL_LEVEL_UPGRADE", "晋升技能等级 skill-level upgrade");
    private static final Map<Integer, String> SKILL_LEVELS = Map.of(1, "高级技师 (1)", 2, "技师 (2)", 3, "高级工 (3)",
            4, "中级工 (4)", 5, "初级工 (5)");

    private static final Map<String, String> OBJECTION_STATES = Map.of("OPEN", "待处理 OPEN", "REJECTED", "驳回 REJECTED",
            "RESOLVED_BY_CORRECTION", "已更正 RESOLVED_BY_CORRECTION");

    private final Api api = new Api();
    /** Each entrant's place in the latest ranking, by competition and person, as the podiums read it. */
    private final Map<String, JsonNode> placeNow = new java.util.HashMap<>();
    private final SeedScenario.Urls urls;
    private final Keys keys;
    private final PrintStream out;

    public Report(SeedScenario.Urls urls, Keys keys, PrintStream out) {
        this.urls = urls;
        this.keys = keys;
        this.out = out;
    }

    public void print(String heroPersonId, TopicAudit.Result audit) {
        out.println();
        out.println("══════════════ 职工职业技能大赛 · 演示报告  Demo report ══════════════");
        for (String level : new String[]{"CITY", "PROVINCIAL", "NATIONAL"}) {
            out.println();
            out.println("■ " + LEVELS.get(level) + " 领奖台 podiums");
            for (SeedScenario.Competition c : SeedScenario.COMPETITIONS) {
                if (!c.level().equals(level)) {
                    continue;
                }
                out.println("  " + c.name() + " (" + c.code() + ")");
                for (SeedScenario.Event e : SeedScenario.EVENTS) {
                    JsonNode ranking = api.whole(urls.ranking() + "/api/v1/events/" + c.code() + "/" + e.code() + "/ranking", null,
                            "places", Api.LONG_PAGE);
                    ranking.get("places").forEach(p -> placeNow.put(c.code() + "/" + p.path("personId").asText(), p.path("place")));
                    out.printf("    %s — %d 名选手 entrants · %s%n", e.name(), ranking.get("places").size(), publicity(ranking));
                    for (JsonNode p : ranking.get("places")) {
                        if (p.get("place").isNull() || p.get("award").isNull() || !isMedal(p.get("award").asText())) {
                            continue;
                        }
                        out.printf("      第%d名  %-14s %-12s %6.2f  %s%s%n", p.get("place").asInt(), AWARDS.get(p.get("award").asText()),
                                p.get("name").asText(), p.get("total").asDouble(), federation(p),
                                p.get("advanced").asBoolean() ? "  → 晋级 advances" : "");
                    }
                    unplaced(ranking);
                }
            }
        }
        printRounds();
        out.println();
        out.println("■ 晋级 promotions (who advanced where)");
        for (SeedScenario.Competition c : SeedScenario.COMPETITIONS) {
            if (c.feeds() == null) {
                continue;
            }
            JsonNode promotions = api.all(urls.ranking() + "/api/v1/competitions/" + c.code() + "/promotions", null, Api.PAGE);
            out.printf("  %s → %s: %d%n", c.code(), c.feeds(), promotions.size());
            for (JsonNode p : promotions) {
                // the place held now: a disqualification or withdrawal above the entrant moved them up since the promotion
                JsonNode now = placeNow.getOrDefault(c.code() + "/" + p.get("personId").asText(), p.get("place"));
                out.printf("      %-10s 第%d名 %-12s %6.2f  → %s/%s%s%n", p.get("from").get("event").asText(),
                        (now.isNull() ? p.get("place") : now).asInt(),
                        p.get("name").asText(), p.get("total").asDouble(), p.get("to").get("competition").asText(),
                        p.get("to").get("event").asText(), revoked(p));
            }
        }
        out.println();
        JsonNode pathway = api.get(urls.ranking() + "/api/v1/people/" + heroPersonId + "/pathway", null);
        out.println("■ 一名选手的成长路径  One entrant's pathway: " + pathway.get("name").asText()
                + " (" + pathway.get("maskedIdNumber").asText() + ")");
        for (JsonNode step : pathway.get("steps")) {
            out.printf("  %-16s %s · %s  第%s名  %s%s%n", LEVELS.get(step.get("level").asText()), step.get("competitionName").asText(),
                    step.get("eventName").asText(), step.get("place").asText(), AWARDS.getOrDefault(step.get("award").asText(), "—"),
                    step.get("promotedTo").isNull() ? "" : "  → 晋级 " + step.get("promotedTo").get("competition").asText());
            for (JsonNode honour : step.get("honours")) {
                out.printf("  %-16s   荣誉推荐 %s%n", "", HONOURS.get(honour.get("kind").asText())
                        + (honour.get("targetSkillLevel").isNull() ? "" : " → " + SKILL_LEVELS.get(honour.get("targetSkillLevel").asInt())));
            }
        }
        objections();
        out.println();
        out.println("■ 优秀组织奖 organisation league (at each event's points; here the default gold 4, silver 3, bronze 2, excellence 1)");
        for (SeedScenario.Competition c : SeedScenario.COMPETITIONS) {
            // the top three: the first page of three rows
            JsonNode league = api.get(urls.ranking() + "/api/v1/competitions/" + c.code() + "/league?size=3", null).get("items");
            StringBuilder line = new StringBuilder("  " + c.code() + ":");
            for (int i = 0; i < Math.min(3, league.size()); i++) {
                line.append(String.format("  %d. %s %d分", i + 1, league.get(i).get("federation").asText(),
                        league.get(i).get("points").asInt()));
            }
            out.println(line);
        }
        out.println();
        out.printf("■ Kafka: %d records on %d topics; %d fact(s) published under two ids; %d redelivered with the same id%n",
                audit.total(), audit.topics().size(), audit.doubledFacts(), audit.redeliveries());
        audit.topics().values().forEach(t -> out.printf("      %-36s %5d records, %5d distinct ce_id%n", t.topic(), t.records(),
                t.distinctIds()));
    }

    /** 公示中 with the period, or 已公示 (final). */
    private static String publicity(JsonNode ranking) {
        JsonNode p = ranking.get("publicity");
        if (p == null || p.isNull()) {
            return "—";
        }
        if (p.get("state").asText().equals("PROVISIONAL")) {
            return "公示中 PROVISIONAL, 公示期 " + p.get("firstDay").asText() + " 至 " + p.get("lastDay").asText()
                    + " (until 24:00 China time)";
        }
        return p.get("firstDay").isNull() ? "已公示 FINAL (no publicity period)"
                : "已公示 FINAL (公示期 " + p.get("firstDay").asText() + " 至 " + p.get("lastDay").asText() + ")";
    }

    /** Every objection of the scenario's events, as an auditor reads the trail: who, when, why, and how it was decided. */
    private void objections() {
        String auditor = keys.token("auditor", null, "auditor-demo", Duration.ofMinutes(10));
        out.println();
        out.println("■ 公示异议 objections during publicity");
        int count = 0;
        for (SeedScenario.EventRef e : SeedScenario.events()) {
            JsonNode list = api.all(urls.ranking() + "/api/v1/events/" + e.competition() + "/" + e.event() + "/objections", auditor,
                    Api.PAGE);
            for (JsonNode o : list) {
                count++;
                out.printf("  %s/%s  %s (%s) 对第%d版成绩提出异议: %s%n", e.competition(), e.event(), o.get("federation").asText(),
                        o.get("name").asText(), o.get("objectedVersion").asInt(), o.get("reason").asText());
                out.printf("      → %s by %s: %s%s%n", OBJECTION_STATES.getOrDefault(o.get("state").asText(), o.get("state").asText()),
                        o.get("decidedBy").asText("—"), o.get("decisionReason").asText(""),
                        o.get("correctedVersion").isNull() ? "" : " (第" + o.get("correctedVersion").asInt() + "版)");
            }
        }
        if (count == 0) {
            out.println("  (none)");
        }
    }

    /** Karamay's courier event, run in rounds: the preliminary's figures and the final's podium. */
    private void printRounds() {
        String event = urls.ranking() + "/api/v1/events/" + SeedScenario.KARAMAY + "/" + SeedScenario.ROUNDS_EVENT;
        Api.Answer round = api.send("GET", event + "/rounds/PRELIM/ranking", null, null);
        if (round.status() != 200) {
            return; // the scenario ran without the event in rounds
        }
        JsonNode r = round.body();
        out.println();
        out.println("■ 分轮比赛 rounds: " + SeedScenario.KARAMAY + " · 快递员 courier");
        out.printf("  %s preliminary: %d 人参赛 entrants (理论考试成绩按身份证号一次导入 imported from the exam platform), "
                + "%d 人进入%s finalists, 分数线 cut mark %s%n", r.get("name").asText(), r.get("entrants").asInt(),
                r.get("qualified").asInt(), r.get("nextRoundName").asText(), r.get("cutMark").asText());
        JsonNode finals = api.whole(event + "/ranking", null, "places", Api.LONG_PAGE);
        out.printf("  %s final: %d 名选手 entrants%n", r.get("nextRoundName").asText(), finals.get("places").size());
        for (JsonNode p : finals.get("places")) {
            if (!p.get("place").isNull() && !p.get("award").isNull() && isMedal(p.get("award").asText())) {
                out.printf("      第%d名  %-14s %-12s %6.2f  %s%n", p.get("place").asInt(), AWARDS.get(p.get("award").asText()),
                        p.get("name").asText(), p.get("total").asDouble(), federation(p));
            }
        }
    }

    /** Withdrawn and disqualified entrants: listed after the placed ones, without place or award, with the reason. */
    private void unplaced(JsonNode ranking) {
        for (JsonNode p : ranking.get("places")) {
            String status = p.path("status").asText("COMPETING");
            if (!status.equals("COMPETING")) {
                out.printf("      %-6s  %-12s %s  %s%n", STATUSES.get(status), p.get("name").asText(), federation(p),
                        p.path("statusReason").asText(""));
            }
        }
    }

    /** A revoked promotion says so, and why (a correction, a withdrawal, a disqualification). */
    private static String revoked(JsonNode promotion) {
        return promotion.get("status").asText().equals("REVOKED")
                ? "  ✗ 已撤销 revoked: " + promotion.path("revocationReason").asText("") : "";
    }

    private static boolean isMedal(String award) {
        return !award.equals("EXCELLENCE");
    }

    private static String federation(JsonNode place) {
        return place.get("federation").isNull() ? "" : place.get("federation").asText();
    }
}

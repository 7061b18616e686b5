package org.skillscontest.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.Map;

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

    private final Api api = new Api();
    /** Each entrant's place in the latest ranking, by competition and person, as the podiums read it. */
    private final Map<String, JsonNode> placeNow = new java.util.HashMap<>();
    private final SeedScenario.Urls urls;
    private final PrintStream out;

    public Report(SeedScenario.Urls urls, PrintStream out) {
        this.urls = urls;
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
                    JsonNode ranking = api.get(urls.ranking() + "/api/v1/events/" + c.code() + "/" + e.code() + "/ranking", null);
                    ranking.get("places").forEach(p -> placeNow.put(c.code() + "/" + p.path("personId").asText(), p.path("place")));
                    out.printf("    %s — %d 名选手 entrants%n", e.name(), ranking.get("places").size());
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
        out.println();
        out.println("■ 晋级 promotions (who advanced where)");
        for (SeedScenario.Competition c : SeedScenario.COMPETITIONS) {
            if (c.feeds() == null) {
                continue;
            }
            JsonNode promotions = api.get(urls.ranking() + "/api/v1/competitions/" + c.code() + "/promotions", null);
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
        out.println();
        out.println("■ 优秀组织奖 organisation league (gold 4, silver 3, bronze 2, excellence 1)");
        for (SeedScenario.Competition c : SeedScenario.COMPETITIONS) {
            JsonNode league = api.get(urls.ranking() + "/api/v1/competitions/" + c.code() + "/league", null);
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

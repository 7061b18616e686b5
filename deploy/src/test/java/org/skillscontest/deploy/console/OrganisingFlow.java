package org.skillscontest.deploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.skillscontest.deploy.console.ConsoleStack.SmallCompetition;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.stack.Pause;

/**
 * The organiser at a desk: signs in, creates a federation, a competition (refused first for a mistyped
 * region code, the error on that field and the rest kept), an event with two modules (refused first for a
 * module's maximum of 0, the error on that module's input), and the event's judge panel (sent again while
 * scoring has not heard of the new event: it learns of it over Kafka). Everything is then read back over
 * REST. Then progress and statistics of a small competition, before and after marking, compared figure by
 * figure with the services' answers; the auditor reads the statistics on a phone.
 */
final class OrganisingFlow {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final ConsoleStack console;
    private final Api api;
    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private String smallCompetition;

    OrganisingFlow(ConsoleStack console) {
        this.console = console;
        this.api = console.api();
    }

    void run() {
        String federation = "F" + tag;
        String federationName = "流程测试工会" + tag;
        String competition = "ORG-" + tag;
        String chief = "chief-" + tag;
        try (ConsoleBrowser browser = new ConsoleBrowser(console.url(), ConsoleBrowser.DESKTOP, "organising")) {
            browser.signIn("organizer", "organiser-flow", null);
            createFederation(browser, federation, federationName);
            LocalDateTime closes = createCompetition(browser, competition);
            createEvent(browser, competition);
            setPanel(browser, competition, chief);
            checkSetUpOverRest(federation, federationName, competition, closes, chief);

            SmallCompetition small = smallCompetitionWithTwoFederations(federation);
            checkProgress(browser, small, "organising-progress-open");
            console.markAll(small);
            console.lockAndAwaitRanking(small);
            checkProgress(browser, small, "organising-progress-ranked");
            checkStatistics(browser, small);
        }
        auditorReadsStatisticsOnAPhone(smallCompetition);
    }

    // --- set-up through the forms

    private void createFederation(ConsoleBrowser browser, String code, String name) {
        browser.open("/organising");
        browser.find("a[href='/organising/federations/new']").click();
        browser.waitUntil(d -> !d.findElements(By.id("federation-form")).isEmpty());
        fill(browser, "code", code);
        fill(browser, "name", name);
        fill(browser, "regionCode", "650200");
        submit(browser, "#federation-form");
        browser.waitUntil(d -> d.getCurrentUrl().contains("created=federation"));
        assertThat(browser.find(".organising-note").getText()).contains(code);
    }

    /** Refused first (region code of five digits), then accepted; the closing time is typed in China's time. */
    private LocalDateTime createCompetition(ConsoleBrowser browser, String code) {
        LocalDate startsOn = LocalDate.now(CHINA).plusDays(40);
        LocalDateTime closes = startsOn.minusDays(10).atTime(18, 0);
        browser.open("/organising/competitions/new");
        fill(browser, "code", code);
        fill(browser, "name", "组织流程测试第一届职业技能大赛");
        new Select(input(browser, "level")).selectByValue("CITY");
        fill(browser, "regionCode", "65020");
        fill(browser, "edition", "1");
        fill(browser, "year", String.valueOf(startsOn.getYear()));
        setValue(browser, "startsOn", startsOn.toString());
        setValue(browser, "registrationClosesAt", closes.toString());
        fill(browser, "publicityDays", "0");
        submit(browser, "#competition-form");
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());

        WebElement region = input(browser, "regionCode");
        assertThat(region.getAttribute("aria-invalid")).isEqualTo("true");
        WebElement error = browser.find("p.error[data-field='regionCode']");
        assertThat(error.getText()).contains("6-digit").contains("格式不正确");
        assertThat(region.getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
        // beside its input: just under it, not somewhere else on the page
        assertThat(error.getLocation().getY() - region.getLocation().getY()).isBetween(0, 120);
        assertThat(region.getAttribute("value")).isEqualTo("65020");
        assertThat(input(browser, "name").getAttribute("value")).isEqualTo("组织流程测试第一届职业技能大赛");
        assertThat(input(browser, "registrationClosesAt").getAttribute("value")).isEqualTo(closes.toString());
        assertThat(input(browser, "name").getAttribute("aria-invalid")).isNull();
        browser.screenshot("organising-competition-refused", "p.error[data-field='regionCode']", ".error-summary p");

        fill(browser, "regionCode", "650200");
        submit(browser, "#competition-form");
        browser.waitUntil(d -> d.getCurrentUrl().contains("created=competition"));
        assertThat(browser.find("#competition-" + code + " h3").getText()).contains("组织流程测试第一届职业技能大赛");
        browser.assertNoHorizontalOverflow();
        browser.screenshot("organising-overview", "#competition-" + code + " h3", ".organising-note");
        return closes;
    }

    /** Two modules, the second refused first for a maximum of 0; a third row added by htmx and left blank. */
    private void createEvent(ConsoleBrowser browser, String competition) {
        browser.find("#competition-" + competition + " a[href='/organising/competitions/" + competition + "/events/new']").click();
        browser.waitUntil(d -> !d.findElements(By.id("event-form")).isEmpty());
        fill(browser, "code", "welder");
        fill(browser, "name", "焊工");
        fill(browser, "occupation", "焊工");
        new Select(input(browser, "skillLevel")).selectByValue("3");
        fill(browser, "capacity", "50");
        fill(browser, "quota", "0");
        module(browser, 0, "m1", "实操一", "60", "60");
        module(browser, 1, "m2", "实操二", "0", "40");
        browser.find("button.add-module").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[name='scoring.modules[2].code']")).isEmpty());
        browser.settle();
        fill(browser, "awards.gold", "1");
        fill(browser, "awards.silver", "1");
        fill(browser, "awards.bronze", "1");
        fill(browser, "awards.excellence", "0");
        submit(browser, "#event-form");
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());

        WebElement max = input(browser, "scoring.modules[1].maxMark");
        assertThat(max.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(max.getAttribute("value")).isEqualTo("0");
        WebElement error = browser.find("p.error[data-field='scoring.modules[1].maxMark']");
        assertThat(error.getText()).contains("greater than 0");
        assertThat(max.getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
        assertThat(input(browser, "scoring.modules[0].maxMark").getAttribute("aria-invalid")).isNull();
        assertThat(input(browser, "scoring.modules[0].name").getAttribute("value")).isEqualTo("实操一");
        assertThat(input(browser, "scoring.modules[1].name").getAttribute("value")).isEqualTo("实操二");
        assertThat(browser.findAll("[name='scoring.modules[2].code']")).hasSize(1);
        browser.screenshot("organising-event-refused", "p.error[data-field='scoring.modules[1].maxMark']", "fieldset.modules legend");

        fill(browser, "scoring.modules[1].maxMark", "40");
        submit(browser, "#event-form");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/organising/events/" + competition + "/welder/panel"));
    }

    /**
     * The panel; scoring may not know the event yet (it learns of it over Kafka): the page says so, keeps
     * what was typed, and the organiser sends it again a moment later.
     */
    private void setPanel(ConsoleBrowser browser, String competition, String chief) {
        browser.waitUntil(d -> !d.findElements(By.id("panel-form")).isEmpty());
        fill(browser, "chiefJudge", chief);
        fill(browser, "modules.m1", tag + "-j1\n" + tag + "-j2");
        fill(browser, "modules.m2", tag + "-j3");
        int tries = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            tries++;
            submit(browser, "#panel-form");
            browser.waitUntil(d -> !d.findElements(By.id("panel-saved")).isEmpty()
                    || !d.findElements(By.cssSelector(".error-summary")).isEmpty());
            if (!browser.findAll("#panel-saved").isEmpty()) {
                break;
            }
            assertThat(browser.find(".error-summary").getText()).contains("评分服务还没有收到这个赛项");
            assertThat(input(browser, "modules.m1").getAttribute("value")).isEqualTo(tag + "-j1\n" + tag + "-j2");
            assertThat(System.nanoTime()).as("scoring learns of the event within a minute").isLessThan(deadline);
            Pause.millis(1000);
        }
        System.out.println("[organising] panel saved after " + tries + " submission(s)");
        assertThat(input(browser, "modules.m1").getAttribute("value")).isEqualTo(tag + "-j1\n" + tag + "-j2");
        assertThat(input(browser, "chiefJudge").getAttribute("value")).isEqualTo(chief);
        browser.screenshot("organising-panel-saved", "#panel-saved", "#panel-form label");
    }

    private void checkSetUpOverRest(String federation, String name, String competition, LocalDateTime closes, String chief) {
        String organiser = console.organiser();
        JsonNode federations = api.get(console.registration() + "/api/v1/federations?size=500", organiser).path("items");
        JsonNode f = find(federations, "code", federation);
        assertThat(f.path("name").asText()).isEqualTo(name);
        assertThat(f.path("regionCode").asText()).isEqualTo("650200");

        JsonNode c = api.get(console.registration() + "/api/v1/competitions/" + competition, organiser);
        assertThat(c.path("regionCode").asText()).isEqualTo("650200");
        assertThat(c.path("level").asText()).isEqualTo("CITY");
        assertThat(c.path("publicityDays").asInt()).isZero();
        assertThat(Instant.parse(c.path("registrationClosesAt").asText())).isEqualTo(closes.toInstant(CHINA));
        assertThat(c.path("feeds").isNull()).isTrue();

        JsonNode events = api.all(console.registration() + "/api/v1/competitions/" + competition + "/events", organiser, Api.PAGE);
        assertThat(events).hasSize(1);
        JsonNode welder = events.get(0);
        assertThat(welder.path("code").asText()).isEqualTo("welder");
        assertThat(welder.path("capacity").asInt()).isEqualTo(50);
        assertThat(welder.path("skillLevel").asInt()).isEqualTo(3);
        JsonNode modules = welder.path("scoring").path("modules");
        assertThat(modules).hasSize(2);
        assertThat(modules.get(0).path("code").asText()).isEqualTo("m1");
        assertThat(modules.get(1).path("maxMark").decimalValue()).isEqualByComparingTo("40");
        assertThat(modules.get(1).path("weight").asInt()).isEqualTo(40);
        assertThat(welder.path("awards").path("excellence").asInt()).isZero();
        assertThat(welder.path("awards").path("silver").asInt()).isEqualTo(1);

        JsonNode progress = api.get(console.scoring() + "/api/v1/events/" + competition + "/welder/progress", organiser);
        List<String> panel = new ArrayList<>();
        progress.path("judges").forEach(j -> panel.add(j.path("module").asText() + ":" + j.path("judge").asText()));
        assertThat(panel).containsExactly("m1:" + tag + "-j1", "m1:" + tag + "-j2", "m2:" + tag + "-j3");
        JsonNode assignments = api.get(console.scoring() + "/api/v1/assignments", console.token("chief-judge", null, chief));
        assertThat(assignments.path("items").findValuesAsText("competition")).contains(competition);
    }

    // --- progress and statistics of a small competition

    /** The fixture's competition (3 entrants of its federation) and 2 entrants of the federation made above. */
    private SmallCompetition smallCompetitionWithTwoFederations(String federation) {
        SmallCompetition small = console.smallCompetition("组织进度统计测试赛" + tag, 3);
        smallCompetition = small.competition();
        List<Map<String, Object>> rows = new ArrayList<>();
        int base = 400_000 + (int) (Math.abs((long) tag.hashCode()) % 90) * 1000;
        for (int i = 0; i < 2; i++) {
            rows.add(Map.of("name", "新选手" + (i + 1), "idNumber", ConsoleStack.idNumber(base + i),
                    "phone", "1380000" + String.format("%04d", i),
                    "employer", Map.of("name", "独山子石化", "creditCode", ConsoleStack.creditCode(11)), "currentSkillLevel", 3));
        }
        JsonNode answer = api.send("POST", console.registration() + "/api/v1/competitions/" + small.competition() + "/events/"
                        + small.event() + "/entries/batch", console.token("federation", federation, "staff@" + federation),
                Map.of("entries", rows), Map.of("Idempotency-Key", UUID.randomUUID().toString())).body();
        List<String> entryIds = new ArrayList<>(small.entryIds());
        answer.path("accepted").forEach(a -> entryIds.add(a.path("entryId").asText()));
        assertThat(entryIds).as("accepted: %s", answer).hasSize(5);
        String results = console.scoring() + "/api/v1/events/" + small.competition() + "/" + small.event() + "/results";
        Api.await("scoring knows the second federation's entrants", Duration.ofSeconds(60), Duration.ofMillis(300),
                () -> api.whole(results, console.organiser(), "entries", Api.LONG_PAGE).path("entries").findValuesAsText("entryId")
                        .containsAll(entryIds));
        return new SmallCompetition(small.competition(), small.event(), small.federation(), List.copyOf(entryIds),
                small.chiefJudge(), small.panel());
    }

    /** Each figure on the progress page is the services' own. */
    private void checkProgress(ConsoleBrowser browser, SmallCompetition small, String screenshot) {
        String organiser = console.organiser();
        browser.open("/organising/competitions/" + small.competition() + "/progress");
        String row = "tr[data-event='" + small.event() + "'] ";
        long entries = api.get(console.registration() + "/api/v1/competitions/" + small.competition() + "/events/"
                + small.event() + "/entries?size=1", organiser).path("total").asLong();
        assertThat(entries).isEqualTo(5);
        assertThat(browser.find(row + "[data-figure='entries']").getText()).isEqualTo(String.valueOf(entries));
        JsonNode progress = api.get(console.scoring() + "/api/v1/events/" + small.competition() + "/" + small.event()
                + "/progress", organiser);
        assertThat(browser.find(row + "[data-figure='entrants']").getText()).isEqualTo(progress.path("entrants").asText());
        assertThat(progress.path("judges")).hasSize(3);
        for (JsonNode judge : progress.path("judges")) {
            String li = row + "li[data-judge='" + judge.path("judge").asText() + "'][data-module='" + judge.path("module").asText() + "'] ";
            assertThat(browser.find(li + "[data-figure='judge-entered']").getText()).isEqualTo(judge.path("entered").asText());
            assertThat(browser.find(li + "[data-figure='judge-expected']").getText()).isEqualTo(judge.path("expected").asText());
        }
        assertThat(browser.find(row + "[data-figure='theory-entered']").getText()).isEqualTo(progress.path("theoryEntered").asText());
        boolean locked = progress.path("locked").asBoolean();
        assertThat(browser.find(row + "td[data-figure='locked']").getText()).contains(locked ? "已锁定" : "未锁定");
        int ranking = api.send("GET", console.ranking() + "/api/v1/events/" + small.competition() + "/" + small.event() + "/ranking",
                organiser, null).status();
        assertThat(ranking).isEqualTo(locked ? 200 : 404);
        assertThat(browser.find(row + "td[data-figure='ranked']").getText()).contains(locked ? "已公示" : "未排名");
        browser.assertNoHorizontalOverflow();
        browser.screenshot(screenshot, row + "[data-figure='entries']", row + "li[data-judge] .who", row + "td[data-figure='ranked'] .badge");
    }

    /** Summary, charts and their tables show the services' statistics. */
    private void checkStatistics(ConsoleBrowser browser, SmallCompetition small) {
        String organiser = console.organiser();
        String c = small.competition();
        JsonNode registered = api.get(console.registration() + "/api/v1/competitions/" + c + "/statistics", organiser);
        JsonNode ranked = api.get(console.ranking() + "/api/v1/competitions/" + c + "/statistics", organiser);
        browser.open("/organising/competitions/" + c + "/statistics");

        assertThat(browser.find("dd[data-figure='entrants']").getText()).isEqualTo(registered.path("totals").path("entrants").asText());
        assertThat(browser.find("dd[data-figure='federations']").getText()).isEqualTo("2");
        assertThat(browser.find("dd[data-figure='finalists']").getText()).isEqualTo(ranked.path("totals").path("finalists").asText());
        assertThat(browser.find("dd[data-figure='events-ranked']").getText()).isEqualTo("1 / 1");

        Map<String, String> byEvent = new LinkedHashMap<>();
        registered.path("byEvent").forEach(e -> byEvent.put(e.path("name").asText(), e.path("counts").path("entrants").asText()));
        assertThat(table(browser, "entrants-by-event")).isEqualTo(byEvent);

        Map<String, String> names = new TreeMap<>();
        api.all(console.registration() + "/api/v1/federations", organiser, Api.PAGE)
                .forEach(f -> names.put(f.path("code").asText(), f.path("name").asText()));
        Map<String, Integer> perFederation = new TreeMap<>();
        api.all(console.registration() + "/api/v1/competitions/" + c + "/events/" + small.event() + "/entries", organiser, Api.LONG_PAGE)
                .forEach(e -> {
                    if (!"WITHDRAWN".equals(e.path("status").asText())) {
                        perFederation.merge(names.get(e.path("federation").asText()), 1, Integer::sum);
                    }
                });
        Map<String, String> expected = new TreeMap<>();
        perFederation.forEach((n, count) -> expected.put(n, String.valueOf(count)));
        assertThat(new TreeMap<>(table(browser, "entrants-by-federation"))).isEqualTo(expected);
        assertThat(expected.values()).containsExactlyInAnyOrder("3", "2");

        JsonNode awards = ranked.path("totals").path("awards");
        assertThat(table(browser, "awards")).containsExactly(Map.entry("金奖 Gold", awards.path("GOLD").asText()),
                Map.entry("银奖 Silver", awards.path("SILVER").asText()), Map.entry("铜奖 Bronze", awards.path("BRONZE").asText()),
                Map.entry("优胜奖 Excellence", awards.path("EXCELLENCE").asText()));
        assertThat(awards.path("GOLD").asInt()).isEqualTo(1);
        Map<String, String> promoted = new LinkedHashMap<>();
        ranked.path("byEvent").forEach(e -> promoted.put(e.path("name").asText(), e.path("counts").path("promotionsOut").asText()));
        assertThat(table(browser, "promotions-by-event")).isEqualTo(promoted);
        // each bar's figure is painted beside it, as in the table
        assertThat(browser.findAll("#awards svg text.value").stream().map(WebElement::getText).toList())
                .containsExactly(awards.path("GOLD").asText(), awards.path("SILVER").asText(), awards.path("BRONZE").asText(),
                        awards.path("EXCELLENCE").asText());

        browser.assertNoHorizontalOverflow();
        browser.screenshot("organising-statistics", ".figures-grid dt", "figure.chart figcaption", "svg.bars text.label",
                "svg.bars text.value");
    }

    private void auditorReadsStatisticsOnAPhone(String competition) {
        try (ConsoleBrowser phone = new ConsoleBrowser(console.url(), ConsoleBrowser.PHONE, "organising-auditor")) {
            phone.signIn("auditor", "auditor-1", null);
            phone.open("/organising");
            assertThat(phone.findAll("a[href='/organising/competitions/new']")).isEmpty();
            assertThat(phone.findAll("a[href$='/panel']")).isEmpty();
            phone.assertNoHorizontalOverflow();
            phone.open("/organising/competitions/" + competition + "/statistics");
            assertThat(phone.findAll("figure.chart svg")).hasSize(4);
            phone.assertNoHorizontalOverflow();
            phone.screenshot("organising-statistics-phone", "figure.chart figcaption", "#entrants-by-event svg text.label");
            phone.open("/organising/competitions/" + competition + "/progress");
            assertThat(phone.findAll("form.form")).isEmpty();
            phone.assertNoHorizontalOverflow();
        }
    }

    // --- helpers

    /** A chart's table of figures: label → figure, in order. */
    private static Map<String, String> table(ConsoleBrowser browser, String chart) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement tr : browser.findAll("#" + chart + " table.figures tbody tr")) {
            rows.put(tr.findElement(By.cssSelector("th")).getText(), tr.findElement(By.cssSelector("td")).getText());
        }
        return rows;
    }

    private static WebElement input(ConsoleBrowser browser, String name) {
        return browser.find("[name='" + name + "']");
    }

    private static void fill(ConsoleBrowser browser, String name, String value) {
        browser.type(By.cssSelector("[name='" + name + "']"), value);
    }

    /** Date and time inputs take their value as the page would get it, whatever the browser's locale. */
    private static void setValue(ConsoleBrowser browser, String name, String value) {
        browser.chromium().script("arguments[0].value = arguments[1]", input(browser, name), value);
    }

    private static void module(ConsoleBrowser browser, int row, String code, String name, String maxMark, String weight) {
        fill(browser, "scoring.modules[" + row + "].code", code);
        fill(browser, "scoring.modules[" + row + "].name", name);
        fill(browser, "scoring.modules[" + row + "].maxMark", maxMark);
        fill(browser, "scoring.modules[" + row + "].weight", weight);
    }

    private static void submit(ConsoleBrowser browser, String form) {
        browser.find(form + " button.primary[type=submit]").click();
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }
}

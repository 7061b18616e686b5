package org.skillscontest.deploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openqa.selenium.By;
import org.skillscontest.deploy.console.ConsoleStack.SmallCompetition;
import org.skillscontest.deploy.demo.Api;

/**
 * A judge marks module m1 on a tablet by station only (one mark out of range refused before anything is
 * sent, then the batch saved and shown back); the other judges mark over REST, one of them far enough
 * from the first to raise a tolerance flag. The chief judge, on a tablet too, uploads theory scores
 * (one row refused by scoring), sees the lock refused with its reasons by station, accepts the flag,
 * uploads the missing score, locks, sees the event ranked, corrects a mark with a reason and finds the
 * correction in the audit trail. What the browser did is checked against scoring's API.
 */
final class JudgingFlow {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ConsoleStack console;
    private SmallCompetition c;
    private String scoringEvent;
    /** Station number → entry id, in station order, as the chief judge may know it. */
    private final Map<Integer, String> stations = new LinkedHashMap<>();

    JudgingFlow(ConsoleStack console) {
        this.console = console;
    }

    void run() {
        c = console.smallCompetition("评分测试赛", 4);
        scoringEvent = console.scoring() + "/api/v1/events/" + c.competition() + "/" + c.event();
        // scoring draws stations when the panel is set: entrants it learnt of after the fixture's panel draw theirs now
        console.api().expect(200, "PUT", scoringEvent + "/panel", console.organiser(),
                Map.of("chiefJudge", c.chiefJudge(), "modules", c.panel()));
        console.api().all(scoringEvent + "/stations", chief(), Api.LONG_PAGE).forEach(s -> stations.put(s.path("station").asInt(), s.path("entryId").asText()));
        assertThat(stations).hasSize(4);
        List<Integer> numbers = new ArrayList<>(stations.keySet());

        judgeMarksOnATablet(numbers);
        otherJudgesMarkOverRest(numbers);
        chiefJudgeLocksAndCorrects(numbers);
    }

    private void judgeMarksOnATablet(List<Integer> numbers) {
        String j1 = c.panel().get("m1").get(0);
        try (ConsoleBrowser browser = new ConsoleBrowser(console.url(), ConsoleBrowser.TABLET, "judging-judge")) {
            browser.signIn("judge", j1, null).open("/judging");
            assertThat(browser.find("article.assignment h2").getText()).contains("焊工").contains(c.competition());
            browser.find("article.assignment a[href*='/modules/m1']").click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/modules/m1"));
            browser.settle();
            assertThat(browser.find(".module-facts .maximum").getText()).contains("60");
            assertThat(browser.find(".crumbs").getText()).contains("焊工");
            assertThat(browser.findAll("table.marking td.station")).extracting(e -> e.getText().strip())
                    .containsExactlyElementsOf(numbers.stream().map(String::valueOf).toList());
            // blind marking: stations only, nobody's entry id anywhere in the page
            String source = browser.driver().getPageSource();
            assertThat(UUID.matcher(source).find()).as("a UUID on the judge's page").isFalse();
            c.entryIds().forEach(id -> assertThat(source).doesNotContain(id));
            WebInput mark = station -> By.cssSelector("#station-" + station + " input[name=mark]");
            assertThat(browser.find("#station-" + numbers.get(0) + " input[name=mark]").getAttribute("inputmode")).isEqualTo("decimal");
            assertThat(browser.find("#station-" + numbers.get(0) + " input[name=mark]").getRect().getHeight()).isGreaterThanOrEqualTo(56);

            // one mark out of range: refused beside its field, nothing sent
            browser.type(mark.at(numbers.get(0)), "75");
            browser.type(mark.at(numbers.get(1)), "50");
            browser.type(mark.at(numbers.get(2)), "48");
            browser.type(mark.at(numbers.get(3)), "46");
            browser.type(By.cssSelector("#station-" + numbers.get(0) + " input[name=minutes]"), "30");
            browser.type(By.cssSelector("#station-" + numbers.get(0) + " input[name=seconds]"), "5");
            browser.find("form#marking button[type=submit]").click();
            browser.waitUntil(d -> browser.find("#error-" + numbers.get(0)).getText().contains("超出范围"));
            browser.settle();
            assertThat(browser.find("#error-" + numbers.get(0)).getText()).isEqualTo("超出范围 0–60 Out of range 0–60");
            assertThat(browser.find("#marking-refused").getText()).contains("1 个分数有误");
            assertThat(browser.findAll("table.marking td.outcome span")).isEmpty();
            browser.screenshot("judging-marking-refused", "#error-" + numbers.get(0), "table.marking td.station");
            assertThat(entered(j1, "m1")).as("marks of %s saved after a refused batch", j1).isZero();

            // fixed: the batch goes in one request and each station shows what was saved
            browser.type(mark.at(numbers.get(0)), "55");
            assertThat(browser.find("#error-" + numbers.get(0)).getText()).isEmpty();
            browser.find("form#marking button[type=submit]").click();
            browser.waitUntil(d -> d.findElements(By.cssSelector("table.marking td.outcome .ok")).size() == 4);
            browser.settle();
            assertThat(browser.find("#marking-table .notice").getText()).contains("已保存 4");
            assertThat(browser.findAll("table.marking td.outcome")).extracting(e -> e.getText().strip())
                    .containsExactly("已保存 Saved 55.00", "已保存 Saved 50.00", "已保存 Saved 48.00", "已保存 Saved 46.00");
            browser.assertNoHorizontalOverflow();
            browser.screenshot("judging-marking-tablet", "table.marking td.station", "table.marking td.outcome", ".module-facts");
        }
        assertThat(entered(j1, "m1")).isEqualTo(4);
        Map<Integer, String> saved = new LinkedHashMap<>();
        console.api().all(scoringEvent + "/audit", chief(), Api.LONG_PAGE).forEach(l -> {
            if (j1.equals(l.path("judge").asText())) {
                saved.put(l.path("station").asInt(), l.path("value").decimalValue().stripTrailingZeros().toPlainString());
            }
        });
        assertThat(saved).containsExactlyInAnyOrderEntriesOf(Map.of(numbers.get(0), "55", numbers.get(1), "50", numbers.get(2), "48",
                numbers.get(3), "46"));
        JsonNode timed = console.api().whole(scoringEvent + "/results", chief(), "entries", Api.LONG_PAGE).path("entries");
        timed.forEach(e -> {
            if (e.path("entryId").asText().equals(stations.get(numbers.get(0)))) {
                assertThat(e.path("timeUsedSeconds").asLong()).isEqualTo(1805);
            }
        });
    }

    /** j2 marks station 1 fifteen below j1 (tolerance 10 % of 60 = 6: a flag), the others close; j3 marks m2. */
    private void otherJudgesMarkOverRest(List<Integer> numbers) {
        int[] j2 = {40, 49, 47, 45};
        int[] j3 = {30, 32, 34, 36};
        List<Map<String, Object>> m1 = new ArrayList<>();
        List<Map<String, Object>> m2 = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            m1.add(Map.of("station", numbers.get(i), "module", "m1", "mark", j2[i]));
            m2.add(Map.of("station", numbers.get(i), "module", "m2", "mark", j3[i]));
        }
        JsonNode a = console.api().expect(200, "POST", scoringEvent + "/marks", console.token("judge", null, c.panel().get("m1").get(1)),
                Map.of("marks", m1));
        JsonNode b = console.api().expect(200, "POST", scoringEvent + "/marks", console.token("judge", null, c.panel().get("m2").get(0)),
                Map.of("marks", m2));
        assertThat(a.path("accepted").asInt() + b.path("accepted").asInt()).isEqualTo(8);
    }

    private void chiefJudgeLocksAndCorrects(List<Integer> numbers) {
        Path folder = ConsoleBrowser.OUTPUT.resolve("judging-sheets");
        try (ConsoleBrowser browser = new ConsoleBrowser(console.url(), ConsoleBrowser.TABLET, "judging-chief")) {
            browser.signIn("chief-judge", c.chiefJudge(), null).open("/judging");
            browser.find("article.assignment a[href*='/results']").click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/results"));
            browser.settle();
            assertThat(browser.find("main h1").getText()).contains("焊工");
            // every practical mark in: only theory missing, and the one flag
            assertThat(browser.find("#flag-count").getText()).contains("1");
            assertThat(browser.findAll("#results .badge.missing")).extracting(e -> e.getText().strip()).containsOnly("缺 理论 Theory");
            assertThat(browser.findAll("#progress tbody tr")).hasSize(4);
            assertThat(browser.findAll("#progress tbody tr:first-child td")).extracting(e -> e.getText().strip()).startsWith(
                    c.panel().get("m1").get(0), "m1", "4 / 4");
            String flagged = "#results tr[data-entry='" + stations.get(numbers.get(0)) + "']";
            assertThat(browser.find(flagged + " td.module").getText()).contains("55 · 40").contains("差 spread 15");
            assertThat(browser.find(flagged + " .problems").getText()).contains("超差 m1：15 > 6");
            browser.assertNoHorizontalOverflow();
            browser.screenshot("judging-results-before-lock", "#results thead th", "#results td.module", "#results td:nth-child(2)",
                    "#progress tbody tr:not(:last-child) td:first-child");

            // theory by upload: the fourth row's score is out of range, scoring refuses that row only
            Path xlsx = theorySheet(folder.resolve("theory.xlsx"), numbers);
            browser.find("#sheet").sendKeys(xlsx.toString());
            browser.find("#theory-form button[type=submit]").click();
            browser.waitUntil(d -> !d.findElements(By.id("theory-outcome")).isEmpty());
            browser.settle();
            assertThat(browser.find("#theory-outcome").getText()).contains("已导入 3").contains("被拒 1");
            assertThat(browser.findAll("#theory-rejections tbody tr")).singleElement()
                    .satisfies(r -> assertThat(r.getText()).contains("5").contains("C5").contains("0–100"));
            browser.screenshot("judging-theory-rejected", "#theory-rejections td:nth-child(3)", "#theory-outcome");
            assertThat(console.get(scoringEvent + "/progress", chief()).path("theoryEntered").asInt()).isEqualTo(3);

            // the lock refused: the flag not yet accepted and the missing theory score, by station
            browser.find("#lock-form input[name=checked]").click();
            browser.find("#lock-form button[type=submit]").click();
            browser.waitUntil(d -> !d.findElements(By.id("lock-refusal")).isEmpty());
            browser.settle();
            String refusal = browser.find("#lock-refusal").getText();
            assertThat(refusal).contains("超差 Flag").contains("缺分 Missing").contains("理论 Theory");
            assertThat(browser.findAll("#lock-refusal tbody tr")).extracting(r -> r.findElement(By.cssSelector("td")).getText())
                    .containsExactlyInAnyOrder(String.valueOf(numbers.get(3)), String.valueOf(numbers.get(0)));
            browser.screenshot("judging-lock-refused", "#lock-refusal td:nth-child(3)", "#lock-refusal td:nth-child(4)");
            assertThat(console.get(scoringEvent + "/results", chief()).path("locked").asBoolean()).isFalse();

            // accept the flag with a reason
            browser.type(By.cssSelector(flagged + " form.accept-flag input[name=reason]"), "两位裁判复核后维持原分 Both judges rechecked; the marks stand");
            browser.find(flagged + " form.accept-flag button[type=submit]").click();
            browser.waitUntil(d -> !d.findElements(By.id("notice")).isEmpty());
            assertThat(browser.find("#notice").getText()).contains("已接受超差").contains("station " + numbers.get(0));

            // the missing score in a second sheet (a new form, a new Idempotency-Key), CSV this time
            Path csv = write(folder.resolve("theory-2.csv"), "报名编号,理论成绩\n" + stations.get(numbers.get(3)) + ",86\n");
            browser.find("#sheet").sendKeys(csv.toString());
            browser.find("#theory-form button[type=submit]").click();
            browser.waitUntil(d -> !d.findElements(By.id("theory-outcome")).isEmpty());
            assertThat(browser.find("#theory-outcome").getText()).contains("已导入 1");
            assertThat(browser.findAll("#results .badge.missing")).isEmpty();

            // lock: the corrections form replaces the lock and the theory upload
            browser.find("#lock-form input[name=checked]").click();
            browser.find("#lock-form button[type=submit]").click();
            browser.waitUntil(d -> !d.findElements(By.id("locked")).isEmpty());
            browser.settle();
            assertThat(browser.find("#notice").getText()).contains("已锁定").contains("version 1");
            assertThat(browser.findAll("#lock-form")).isEmpty();
            assertThat(browser.findAll("#theory-form")).isEmpty();
            JsonNode ranking = console.awaitRanking(c);
            assertThat(ranking.path("places")).hasSize(4);

            // a correction after the lock, with its reason, and the audit trail showing it
            String corrected = stations.get(numbers.get(1));
            new org.openqa.selenium.support.ui.Select(browser.find("#correction-entry")).selectByValue(corrected);
            new org.openqa.selenium.support.ui.Select(browser.find("#correction-slot")).selectByValue("m1|" + c.panel().get("m1").get(0));
            browser.type(By.id("correction-mark"), "51");
            browser.type(By.id("correction-reason"), "复核发现计分错误 Recount found an adding error");
            browser.find("#correction-form button[type=submit]").click();
            browser.waitUntil(d -> !d.findElements(By.id("notice")).isEmpty() && d.findElement(By.id("notice")).getText().contains("已更正"));
            browser.settle();
            assertThat(browser.find("#notice").getText()).contains("version 2");
            assertThat(browser.find("#results tr[data-entry='" + corrected + "'] td.module").getText()).startsWith("51 · 49");
            browser.assertNoHorizontalOverflow();
            browser.screenshot("judging-results-locked", "#results thead th", "#results td.module", "#locked");

            browser.find("a[href*='/results/audit']").click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/audit"));
            browser.settle();
            assertThat(browser.find("#audit tbody tr").getText()).contains("复核发现计分错误").contains("更正 Correction").contains("51")
                    .contains(c.chiefJudge());
            browser.assertNoHorizontalOverflow();
            browser.screenshot("judging-audit", "#audit thead th", "#audit tbody tr:first-child td:nth-child(1)",
                    "#audit tbody tr:first-child td:nth-child(9)");
        }
        JsonNode results = console.get(scoringEvent + "/results", chief());
        assertThat(results.path("locked").asBoolean()).isTrue();
        assertThat(results.path("version").asInt()).isEqualTo(2);
        List<String> reasons = new ArrayList<>();
        console.api().all(scoringEvent + "/audit", chief(), Api.LONG_PAGE).forEach(l -> {
            if (l.path("afterLock").asBoolean()) {
                reasons.add(l.path("reason").asText() + " " + l.path("value").decimalValue().stripTrailingZeros().toPlainString());
            }
        });
        assertThat(reasons).containsExactly("复核发现计分错误 Recount found an adding error 51");
    }

    private String chief() {
        return console.token("chief-judge", null, c.chiefJudge());
    }

    private long entered(String judge, String module) {
        for (JsonNode j : console.get(scoringEvent + "/progress", chief()).path("judges")) {
            if (judge.equals(j.path("judge").asText()) && module.equals(j.path("module").asText())) {
                return j.path("entered").asLong();
            }
        }
        throw new AssertionError("no progress of " + judge + " on " + module);
    }

    /** An exam platform's export: 报名编号 and 理论成绩, stations 1–3 in range, station 4's score 120. */
    private Path theorySheet(Path file, List<Integer> numbers) {
        int[] scores = {80, 82, 84, 120};
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook workbook = new Workbook(out, "console-it", "1.0");
                Worksheet sheet = workbook.newWorksheet("理论成绩");
                sheet.value(0, 0, "报名编号");
                sheet.value(0, 1, "姓名");
                sheet.value(0, 2, "理论成绩");
                for (int i = 0; i < 4; i++) {
                    sheet.value(i + 1, 0, stations.get(numbers.get(i)));
                    sheet.value(i + 1, 1, "选手" + (i + 1));
                    sheet.value(i + 1, 2, scores[i]);
                }
                workbook.finish();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface WebInput {
        By at(int station);
    }
}

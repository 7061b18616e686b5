package org.skillscontest.deploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.skillscontest.deploy.demo.Api;

/**
 * Federation staff at the console: download the entry template, fill it with nine entrants of whom
 * three are wrong (an ID number's check digit, a credit code's check character, a missing name),
 * upload it and see exactly those three rows with their cells; fix them and upload the whole sheet
 * again (with a double click): three added, six already registered, nothing doubled; then find an
 * entrant and withdraw them on a phone. Then the federation's own results of a locked competition.
 * Everything the browser did is checked against registration's API.
 */
final class FederationFlow {

    private static final List<String> NAMES = List.of("艾力", "古丽", "王强", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊");
    /** Sheet rows (the header is row 1) that are wrong in the first upload: ID check digit, credit code, no name. */
    private static final int BAD_ID_ROW = 4;
    private static final int BAD_CREDIT_ROW = 7;
    private static final int NO_NAME_ROW = 9;

    private final ConsoleStack console;
    private final Path files = ConsoleBrowser.OUTPUT.resolve("federation-files");

    FederationFlow(ConsoleStack console) {
        this.console = console;
    }

    void uploadFixAndResubmit() throws IOException {
        String federation = console.federation("克拉玛依市总工会");
        ConsoleStack.OpenEvent event = console.openEvent("克拉玛依市第一届职工职业技能大赛");
        String eventPath = "/federation/competitions/" + event.competition() + "/events/" + event.event();
        int base = 400_000 + Math.abs(UUID.randomUUID().hashCode() % 500) * 1000;
        Files.createDirectories(files);

        try (ConsoleBrowser desk = new ConsoleBrowser(console.url(), ConsoleBrowser.DESKTOP, "federation-desk")) {
            desk.signIn("federation", null, federation);
            desk.open("/federation");
            WebElement card = desk.find("#event-" + event.competition() + "-" + event.event());
            assertThat(card.getText()).contains("焊工").contains("上传报名表");
            desk.screenshot("federation-home", "main h1", "#event-" + event.competition() + "-" + event.event() + " strong");

            // the template, through the browser, as the clerk gets it
            desk.find("#entry-template").click();
            Path template = awaitDownload(desk.downloads(), "报名表模板.xlsx");
            List<String> headers = headersOf(template);
            assertThat(headers).containsExactly("姓名 Name", "身份证号 ID number", "性别 Gender (选填 optional)",
                    "手机 Phone (选填 optional)", "工作单位 Employer", "统一社会信用代码 Employer credit code",
                    "现有技能等级 Current skill level");

            // nine entrants, three of them wrong
            Path first = files.resolve("entries-first.xlsx");
            writeSheet(first, headers, base, true);
            card.findElement(org.openqa.selenium.By.linkText("上传报名表 Upload")).click();
            desk.settle();
            assertThat(desk.driver().getCurrentUrl()).endsWith(eventPath + "/upload");
            String firstKey = desk.find("#upload-form input[name=idempotencyKey]").getAttribute("value");
            upload(desk, first, false);
            assertThat(count(desk, "#added-count")).isEqualTo(6);
            assertThat(count(desk, "#already-count")).isZero();
            assertThat(count(desk, "#bad-count")).isEqualTo(3);
            assertThat(desk.findAll("#bad-rows tr[data-row]")).extracting(tr -> tr.getAttribute("data-row"))
                    .containsExactly(String.valueOf(BAD_ID_ROW), String.valueOf(BAD_CREDIT_ROW), String.valueOf(NO_NAME_ROW));
            assertThat(desk.findAll("#bad-rows td.invalid")).extracting(td -> td.getAttribute("data-cell"))
                    .containsExactly("B" + BAD_ID_ROW, "F" + BAD_CREDIT_ROW, "A" + NO_NAME_ROW);
            assertThat(desk.find("#bad-rows tr[data-why='" + BAD_ID_ROW + "'] li").getText())
                    .contains("B" + BAD_ID_ROW).contains("身份证号 ID number").contains("校验位").contains("id-number-check-digit");
            assertThat(desk.find("#bad-rows tr[data-why='" + BAD_CREDIT_ROW + "'] li").getText())
                    .contains("F" + BAD_CREDIT_ROW).contains("统一社会信用代码").contains("credit-code-check-character");
            assertThat(desk.find("#bad-rows tr[data-why='" + NO_NAME_ROW + "'] li").getText())
                    .contains("A" + NO_NAME_ROW).contains("姓名 Name").contains("必填");
            String secondKey = desk.find("#upload-form input[name=idempotencyKey]").getAttribute("value");
            assertThat(secondKey).as("a new form, a new key").isNotEqualTo(firstKey);
            desk.assertNoHorizontalOverflow();
            desk.screenshot("federation-upload-errors", "#upload-summary", "#bad-rows");
            assertThat(entries(event, null).path("total").asInt()).isEqualTo(6);

            // the three rows fixed, the whole sheet again; a double click sends it twice under one key
            Path fixed = files.resolve("entries-fixed.xlsx");
            writeSheet(fixed, headers, base, false);
            upload(desk, fixed, true);
            assertThat(count(desk, "#added-count")).isEqualTo(3);
            assertThat(count(desk, "#already-count")).isEqualTo(6);
            assertThat(count(desk, "#bad-count")).isZero();
            assertThat(desk.findAll("#bad-rows")).isEmpty();
            desk.find("#already-rows summary").click();
            assertThat(desk.find("#already-rows").getText()).contains("艾力").contains("古丽");
            assertThat(desk.find("#added-rows").getText()).contains(NAMES.get(BAD_ID_ROW - 2))
                    .contains(NAMES.get(BAD_CREDIT_ROW - 2)).contains("第 " + NO_NAME_ROW + " 行 row " + NO_NAME_ROW + "：" + NAMES.get(NO_NAME_ROW - 2));
            desk.screenshot("federation-upload-fixed", "#upload-summary", "#added-rows", "#already-rows");
        }

        // nothing doubled: nine entries, nine people
        JsonNode all = entries(event, null);
        assertThat(all.path("total").asInt()).isEqualTo(9);
        List<String> names = new ArrayList<>();
        all.path("items").forEach(e -> names.add(e.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES);

        // on the phone: the first sheet once more shows its three mistakes as cards and adds nobody;
        // then find 李娜 and withdraw her
        try (ConsoleBrowser phone = new ConsoleBrowser(console.url(), ConsoleBrowser.PHONE, "federation-phone")) {
            phone.signIn("federation", null, federation);
            phone.open(eventPath + "/upload");
            upload(phone, files.resolve("entries-first.xlsx"), false);
            assertThat(count(phone, "#added-count")).isZero();
            assertThat(count(phone, "#already-count")).isEqualTo(6);
            assertThat(phone.findAll("#bad-rows td.invalid")).extracting(td -> td.getAttribute("data-cell"))
                    .containsExactly("B" + BAD_ID_ROW, "F" + BAD_CREDIT_ROW, "A" + NO_NAME_ROW);
            phone.assertNoHorizontalOverflow();
            phone.screenshot("federation-upload-errors-phone", "#upload-summary", "#bad-rows");
            assertThat(entries(event, null).path("total").asInt()).isEqualTo(9);

            phone.open(eventPath + "/entrants");
            assertThat(phone.find("#entrant-total").getText()).contains("9");
            phone.type(org.openqa.selenium.By.id("q"), "李娜");
            phone.find("form.fed-search button[type=submit]").click();
            phone.settle();
            List<WebElement> rows = phone.findAll("#entrants tbody tr");
            assertThat(rows).hasSize(1);
            WebElement row = rows.get(0);
            String entryId = row.getAttribute("id").substring("entry-".length());
            row.findElement(org.openqa.selenium.By.cssSelector("details.fed-withdraw summary")).click();
            row.findElement(org.openqa.selenium.By.name("reason")).sendKeys("因工作调动不能参赛 Transferred to another post");
            row.findElement(org.openqa.selenium.By.cssSelector("details.fed-withdraw button[type=submit]")).click();
            phone.waitUntil(d -> !phone.findAll("#entry-" + entryId + "[data-status='WITHDRAWN']").isEmpty());
            phone.settle();
            WebElement withdrawn = phone.find("#entry-" + entryId);
            assertThat(withdrawn.getText()).contains("已撤回");
            assertThat(withdrawn.findElements(org.openqa.selenium.By.cssSelector("details.fed-withdraw")))
                    .as("no withdraw button for an entry already withdrawn").isEmpty();
            phone.assertNoHorizontalOverflow();
            phone.screenshot("federation-withdrawn", "#entrants");

            JsonNode found = entries(event, "李娜");
            assertThat(found.path("total").asInt()).isEqualTo(1);
            assertThat(found.path("items").get(0).path("entryId").asText()).isEqualTo(entryId);
            assertThat(found.path("items").get(0).path("status").asText()).isEqualTo("WITHDRAWN");
        }
    }

    /** A competition ranked (no publicity period: final at once): the federation sees its own places and awards. */
    void followResults() {
        ConsoleStack.SmallCompetition c = console.smallCompetition("独山子区职工技能大赛", 3);
        console.markAll(c);
        JsonNode ranking = console.lockAndAwaitRanking(c);
        try (ConsoleBrowser phone = new ConsoleBrowser(console.url(), ConsoleBrowser.PHONE, "federation-results")) {
            phone.signIn("federation", null, c.federation());
            phone.open("/federation");
            phone.find("#competition-" + c.competition() + " a[href$='/results']").click();
            phone.settle();
            List<WebElement> places = phone.findAll("#event-" + c.event() + " table.fed-placings tbody tr");
            assertThat(places).hasSize(3);
            JsonNode winner = ranking.path("places").get(0);
            assertThat(places.get(0).getText()).contains(winner.path("name").asText()).contains("金奖");
            assertThat(phone.find("#event-" + c.event() + " h2").getText()).contains("已最终确定");
            phone.assertNoHorizontalOverflow();
            phone.screenshot("federation-results", "#event-" + c.event() + " table.fed-placings");
        }
    }

    private JsonNode entries(ConsoleStack.OpenEvent event, String q) {
        return console.get(console.registration() + "/api/v1/competitions/" + event.competition() + "/events/" + event.event()
                + "/entries?size=100" + (q == null ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), console.organiser());
    }

    /** Chooses the file in the page's file input and submits the form, once or with a double click. */
    private static void upload(ConsoleBrowser browser, Path sheet, boolean doubleClick) {
        WebElement input = browser.find("#sheet");
        input.sendKeys(sheet.toAbsolutePath().toString());
        WebElement submit = browser.find("#upload-form button[type=submit]");
        String before = browser.find("#upload-form input[name=idempotencyKey]").getAttribute("value");
        if (doubleClick) {
            new Actions(browser.driver()).doubleClick(submit).perform();
        } else {
            submit.click();
        }
        browser.waitUntil(d -> !browser.findAll("#upload-report").isEmpty() && !browser.findAll("#upload-form").isEmpty()
                && !before.equals(browser.find("#upload-form input[name=idempotencyKey]").getAttribute("value")));
        browser.settle();
    }

    private static int count(ConsoleBrowser browser, String css) {
        return Integer.parseInt(browser.find(css + " strong").getText().strip());
    }

    private static Path awaitDownload(Path folder, String name) {
        Path file = folder.resolve(name);
        Api.await("the browser saved " + name, Duration.ofSeconds(30), Duration.ofMillis(200), () -> {
            try (Stream<Path> partial = Files.list(folder)) {
                return Files.exists(file) && partial.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        return file;
    }

    private static List<String> headersOf(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).as("the template's first worksheet holds the header row only").hasSize(1);
            List<String> headers = new ArrayList<>();
            rows.get(0).forEach(cell -> headers.add(cell.getText()));
            return headers;
        }
    }

    /**
     * Nine entrants under the template's headers (rows 2–10); with {@code withMistakes}, row 4's ID
     * number has a wrong check digit, row 7's credit code a wrong check character and row 9 no name.
     * Levels typed as numbers, as a clerk would; gender only where it is known.
     */
    private static void writeSheet(Path file, List<String> headers, int base, boolean withMistakes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "clerk", "1.0");
            Worksheet ws = workbook.newWorksheet("报名表 Entries");
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
            }
            for (int i = 0; i < NAMES.size(); i++) {
                int r = i + 1;
                int sheetRow = r + 1;
                int sequence = base + i;
                String id = ConsoleStack.idNumber(sequence);
                String credit = ConsoleStack.creditCode(3 + i % 2);
                if (withMistakes && sheetRow == BAD_ID_ROW) {
                    id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
                }
                if (withMistakes && sheetRow == BAD_CREDIT_ROW) {
                    credit = credit.substring(0, 17) + (credit.charAt(17) == 'A' ? 'B' : 'A');
                }
                if (!(withMistakes && sheetRow == NO_NAME_ROW)) {
                    ws.value(r, 0, NAMES.get(i));
                }
                ws.value(r, 1, id);
                if (i % 3 == 0) {
                    ws.value(r, 2, (sequence % 1000) % 2 == 1 ? "男" : "女");
                }
                ws.value(r, 3, "1399000" + String.format("%04d", i));
                ws.value(r, 4, i % 2 == 0 ? "克拉玛依石化有限公司" : "新疆油田公司");
                ws.value(r, 5, credit);
                ws.value(r, 6, 3);
            }
            workbook.finish();
        }
    }
}

package org.skillscontest.deploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.skillscontest.deploy.console.ConsoleStack.SmallCompetition;
import org.skillscontest.testing.Chromium;
import org.skillscontest.deploy.demo.Api;

/**
 * The organiser's exports (导出与证书): once an event is ranked, the organiser opens the exports, goes to
 * the event and downloads its results as Excel and PDF, the competition's promotion list and the award
 * certificates. Each file is opened as its reader would open it and checked against ranking's own answer:
 * every place, name, total and award; one certificate page per award winner, naming them and their award.
 */
final class DocumentsFlow {

    private static final Map<String, String> AWARDS = Map.of("GOLD", "金奖", "SILVER", "银奖", "BRONZE", "铜奖", "EXCELLENCE", "优胜奖");

    private final ConsoleStack console;

    DocumentsFlow(ConsoleStack console) {
        this.console = console;
    }

    void run() throws IOException {
        String name = "文档测试市职工职业技能大赛";
        SmallCompetition c = console.smallCompetition(name, 5);
        console.markAll(c);
        JsonNode ranking = console.lockAndAwaitRanking(c);
        JsonNode promotions = console.api().all(console.ranking() + "/api/v1/competitions/" + c.competition() + "/promotions", null,
                Api.PAGE);
        List<JsonNode> places = new ArrayList<>();
        ranking.path("places").forEach(places::add);
        List<JsonNode> winners = places.stream().filter(p -> p.hasNonNull("award") && p.hasNonNull("place")).toList();
        assertThat(places).hasSize(5);
        assertThat(winners).hasSize(4);
        String eventPage = "/exports/" + c.competition() + "/" + c.event();

        try (ConsoleBrowser browser = new ConsoleBrowser(console.url(), ConsoleBrowser.DESKTOP, "documents")) {
            clear(browser.downloads());
            browser.signIn("organizer", "organiser-1", null);
            browser.find("main a.card[href='/exports']").click();
            browser.settle();
            String section = "#competition-" + c.competition();
            // ten competitions a page, by level then code: the other flows' competitions may come first
            while (browser.findAll(section).isEmpty() && !browser.findAll(".pager a[href*='page=']").isEmpty()
                    && browser.findAll(".pager a").get(browser.findAll(".pager a").size() - 1).getText().contains("下一页")) {
                List<org.openqa.selenium.WebElement> pager = browser.findAll(".pager a");
                pager.get(pager.size() - 1).click();
                browser.settle();
            }
            // each event's downloads load beside it (htmx) once ranking has ranked it
            browser.waitUntil(d -> !browser.findAll(section + " [data-download=results-xlsx]").isEmpty());
            browser.screenshot("exports-index", "main h1", section + " h2", section + " .exports-links a");
            browser.find(section + " a[href='" + eventPage + "']").click();
            browser.settle();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith(eventPage));
            assertThat(browser.find("main h1").getText()).contains("焊工", name);
            assertThat(browser.findAll("table.exports-places tbody tr")).hasSize(5);
            browser.assertNoHorizontalOverflow();
            browser.screenshot("exports-event", "main h1", ".exports-state", ".exports-downloads a", "table.exports-places td:nth-child(2)");

            checkResultsWorkbook(download(browser, "results-xlsx"), name, c, places);
            checkPromotionList(download(browser, "promotions-xlsx"), name, promotions);
            checkResultsPdf(download(browser, "results-pdf"), name, places);
            Path certificates = download(browser, "certificates-pdf");
            checkCertificates(certificates, name, winners);
            // one person's certificate, from their row
            Path one = download(browser, "certificate");
            checkCertificates(one, name, winners.subList(0, 1));
            render(certificates);
        }
        try (ConsoleBrowser phone = new ConsoleBrowser(console.url(), ConsoleBrowser.PHONE, "documents-phone")) {
            phone.signIn("organizer", "organiser-1", null);
            phone.open(eventPage);
            phone.assertNoHorizontalOverflow();
            phone.screenshot("exports-event-phone", "main h1", ".exports-downloads a");
        }
    }

    private void checkResultsWorkbook(Path file, String competitionName, SmallCompetition c, List<JsonNode> places) throws IOException {
        assertThat(file.getFileName().toString()).isEqualTo(competitionName + "-焊工-成绩.xlsx");
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("焊工");
            List<Row> rows = sheet.read();
            assertThat(rows.get(0).getCell(0).getText()).startsWith(competitionName + " · 焊工 成绩");
            assertThat(rows.get(1).stream().map(Cell::getText).toList())
                    .containsExactly("名次", "姓名", "工会", "理论", "实操", "总分", "奖项", "晋级", "状态");
            assertThat(rows).hasSize(2 + places.size());
            for (int i = 0; i < places.size(); i++) {
                JsonNode p = places.get(i);
                Row row = rows.get(2 + i);
                assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
                assertThat(row.getCell(0).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(p.path("place").asInt()));
                assertThat(row.getCell(1).getText()).isEqualTo(p.path("name").asText());
                assertThat(row.getCell(2).getText()).isEqualTo(competitionName + "工会");
                for (String[] column : new String[][] {{"3", "theory"}, {"4", "practical"}, {"5", "total"}}) {
                    Cell cell = row.getCell(Integer.parseInt(column[0]));
                    assertThat(cell.getType()).as("%s of place %d", column[1], i + 1).isEqualTo(CellType.NUMBER);
                    assertThat(cell.asNumber()).as("%s of place %d", column[1], i + 1).isEqualByComparingTo(p.path(column[1]).decimalValue());
                }
                assertThat(row.getOptionalCell(6).map(Cell::getText).orElse("")).isEqualTo(award(p));
            }
        }
    }

    private void checkPromotionList(Path file, String competitionName, JsonNode promotions) throws IOException {
        assertThat(file.getFileName().toString()).isEqualTo(competitionName + "-晋级名单.xlsx");
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("晋级名单");
            List<Row> rows = sheet.read();
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo(competitionName + " · 晋级名单");
            assertThat(rows.get(1).getCell(0).getText()).isEqualTo("姓名");
            // a city competition that feeds no other promotes nobody: the list is its header alone
            assertThat(rows).hasSize(2 + promotions.size());
            for (int i = 0; i < promotions.size(); i++) {
                assertThat(rows.get(2 + i).getCell(0).getText()).isEqualTo(promotions.get(i).path("name").asText());
            }
        }
    }

    private void checkResultsPdf(Path file, String competitionName, List<JsonNode> places) throws IOException {
        assertThat(file.getFileName().toString()).isEqualTo(competitionName + "-焊工-成绩.pdf");
        Pdf pdf = Pdf.read(file);
        String text = String.join("\n", pdf.pages());
        assertThat(text.replaceAll("\\s+", "")).contains(competitionName, "焊工成绩", "名次姓名工会理论实操总分奖项晋级状态");
        // each row's cells in the columns' order (a long federation name wraps within its cell)
        String compact = text.replaceAll("\\s+", "");
        for (JsonNode p : places) {
            String row = p.path("place").asInt() + p.path("name").asText() + competitionName + "工会" + number(p, "theory")
                    + number(p, "practical") + number(p, "total") + award(p);
            assertThat(compact).as("the row of place %d", p.path("place").asInt()).contains(row);
        }
        pdf.assertChineseFontEmbedded();
    }

    private void checkCertificates(Path file, String competitionName, List<JsonNode> winners) throws IOException {
        Pdf pdf = Pdf.read(file);
        assertThat(pdf.pages()).hasSize(winners.size());
        for (int i = 0; i < winners.size(); i++) {
            JsonNode w = winners.get(i);
            String page = pdf.pages().get(i).replaceAll("\\s+", "");
            assertThat(page).as("certificate page %d", i + 1).contains("获奖证书", w.path("name").asText() + "同志",
                    competitionName + "焊工赛项", "荣获第" + w.path("place").asInt() + "名", award(w), competitionName + "组织委员会");
        }
        pdf.assertChineseFontEmbedded();
    }

    /** The first certificate as a person sees it (pdftoppm from Debian's poppler-utils, which install-chromium installs): painted Chinese. */
    private static void render(Path certificates) throws IOException {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        assertThat(Files.isExecutable(pdftoppm)).as("pdftoppm (poppler-utils): run `sudo bash deploy/browser/install-chromium`").isTrue();
        Path prefix = ConsoleBrowser.OUTPUT.resolve("certificate");
        try {
            Process process = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile",
                    certificates.toString(), prefix.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as("pdftoppm: %s", output).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        BufferedImage page = ImageIO.read(prefix.resolveSibling("certificate.png").toFile());
        assertThat(page.getWidth()).isGreaterThan(page.getHeight());
        // the title band (获奖证书) and the body: glyphs anti-aliased in many colours, not blank or boxes
        int w = page.getWidth();
        int h = page.getHeight();
        for (int[] band : new int[][] {{w / 4, h / 8, w / 2, h / 8}, {w / 8, h / 4, w * 3 / 4, h / 3}}) {
            Chromium.Paint paint = Chromium.Paint.of(page, band);
            assertThat(paint.colours()).isGreaterThanOrEqualTo(8);
            assertThat(paint.inked()).isGreaterThan(0.02);
        }
    }

    private static String number(JsonNode place, String field) {
        return place.path(field).decimalValue().stripTrailingZeros().toPlainString();
    }

    private static String award(JsonNode place) {
        return place.hasNonNull("award") ? AWARDS.get(place.path("award").asText()) : "";
    }

    /** Clicks the page's link {@code data-download=kind} and waits for its file to land whole (no partial file left). */
    private static Path download(ConsoleBrowser browser, String kind) throws IOException {
        Set<Path> before = files(browser.downloads());
        browser.find("[data-download=" + kind + "]").click();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            Set<Path> now = files(browser.downloads());
            // while downloading Chromium writes NAME.crdownload or a hidden .org.chromium.Chromium.XXXX, then renames it
            boolean inProgress = now.stream().anyMatch(DocumentsFlow::partial);
            List<Path> landed = now.stream().filter(p -> !before.contains(p)).filter(p -> !partial(p)).toList();
            if (!inProgress && landed.size() == 1) {
                return landed.get(0);
            }
            sleep(200);
        }
        throw new AssertionError("the " + kind + " download did not land in " + browser.downloads() + ": " + files(browser.downloads()));
    }

    private static boolean partial(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".crdownload") || name.startsWith(".");
    }

    private static Set<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new HashSet<>(list.toList());
        }
    }

    private static void clear(Path folder) throws IOException {
        for (Path file : files(folder)) {
            Files.delete(file);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PDF as a reader sees it: the text of each page, and the fonts its pages use. */
    private record Pdf(List<String> pages, List<String> fontProblems) {

        static Pdf read(Path file) throws IOException {
            PdfReader reader = new PdfReader(Files.readAllBytes(file));
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                List<String> pages = new ArrayList<>();
                List<String> problems = new ArrayList<>();
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    pages.add(extractor.getTextFromPage(p));
                    PdfDictionary fonts = reader.getPageN(p).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                    for (PdfName key : fonts.getKeys()) {
                        PdfDictionary font = fonts.getAsDict(key);
                        String base = font.getAsName(PdfName.BASEFONT).toString();
                        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                        PdfDictionary descriptor = descendants == null ? font.getAsDict(PdfName.FONTDESCRIPTOR)
                                : descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                        if (!base.matches("/[A-Z]{6}\\+WenQuanYiMicroHei")) {
                            problems.add("page " + p + ": font " + base + " is not a subset of WenQuanYi Micro Hei");
                        }
                        if (descriptor == null || descriptor.get(PdfName.FONTFILE2) == null) {
                            problems.add("page " + p + ": font " + base + " is not embedded (no FontFile2)");
                        }
                        if (font.get(PdfName.TOUNICODE) == null) {
                            problems.add("page " + p + ": font " + base + " has no ToUnicode");
                        }
                    }
                }
                return new Pdf(pages, problems);
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException("cannot read " + file, e));
            } finally {
                reader.close();
            }
        }

        void assertChineseFontEmbedded() {
            assertThat(fontProblems).isEmpty();
        }
    }
}

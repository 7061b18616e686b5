package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.skillscontest.contracts.AwardMode;
import org.skillscontest.contracts.AwardPolicy;
import org.skillscontest.contracts.Employer;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Chromium;
import org.skillscontest.testing.Chromium.Paint;
import org.skillscontest.testing.Topics;
import org.skillscontest.testing.OpenedEvents;

/**
 * The public results page (公示) as a person sees it on a phone: Debian's Chromium renders
 * /results/{c} at 390×844, and what it shows is checked against the public JSON API, row by row,
 * and on a full-page screenshot (saved as target/results-page.png for people to look at).
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class ResultsPageBrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final Path SCREENSHOT = Path.of("target", "results-page.png");
    private static final Map<String, String> AWARD_LABELS =
            Map.of("GOLD", "金奖", "SILVER", "银奖", "BRONZE", "铜奖", "EXCELLENCE", "优胜奖");
    private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{10,}");

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/")
    URL server;

    private final String city = "city-" + UUID.randomUUID().toString().substring(0, 6);
    private final String province = "prov-" + city;
    private final Map<String, String> maskedIdByName = new HashMap<>();
    /** "competition · event" as people know them, by the event's key. */
    private final Map<String, String> eventNames = new HashMap<>();

    @BeforeAll
    static void chromiumIsInstalled() {
        Chromium.requireInstalled();
    }

    /** A row of an event's table: what the API gives, and what the page must show for it (status: 退赛, 取消资格 or empty). */
    record Row(String place, String name, String federation, String total, String award, boolean advanced, String status) {
    }

    private static final Map<String, String> STATUS_LABELS = Map.of("WITHDRAWN", "退赛", "DISQUALIFIED", "取消资格");

    @Test
    void theResultsPageOnAPhoneShowsEveryPlaceAwardAndPromotionTheApiGives() throws IOException {
        // two events of a city competition; the rider podium shares second place, and all three in it advance (quota 2)
        openEvent("rider", "网约配送员", 2, AwardPolicy.defaults(), List.of(
                entrant("王建国", "KRMY-KLMY", "650203********0011", 95),
                entrant("李娜", "KRMY-DSZ", "650204********0022", 88),
                entrant("张伟", "KRMY-KLMY", "650203********0033", 88),
                entrant("刘洋", "KRMY-BJT", "650205********0044", 80),
                entrant("陈静", "KRMY-DSZ", "650204********0055", 70),
                entrant("杨帆", "KRMY-BJT", "650205********002X", 60),
                // withdrew after the lock: listed last, no place
                entrant("孙悦", "KRMY-KLMY", "650203********0111", 91, "WITHDRAWN", "比赛后受伤，无法参加自治区比赛")));
        openEvent("welder", "焊工", 1, new AwardPolicy(AwardMode.COUNT, 1, 1, 1, 2), List.of(
                entrant("赵磊", "KRMY-KLMY", "650203********0066", 92.5),
                entrant("黄丽", "KRMY-BJT", "650205********0077", 90),
                entrant("周杰", "KRMY-DSZ", "650204********0088", 90),
                entrant("吴敏", "KRMY-KLMY", "650203********0099", 75),
                entrant("徐强", "KRMY-DSZ", "650204********0100", 50),
                // the best total, disqualified: no place, the others keep theirs as if the entrant had not been there
                entrant("马超", "KRMY-BJT", "650205********0122", 99, "DISQUALIFIED",
                        "赛后复核发现使用违规工装夹具，依据竞赛规则第十二条取消其比赛成绩和资格")));

        // the public API, once ranking has acted on both events and promoted their advancing entrants
        JsonNode rider = awaitRanking("rider");
        JsonNode welder = awaitRanking("welder");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(activePromotions()).hasSize(4));
        List<JsonNode> promotions = activePromotions();
        JsonNode league = api("/api/v1/competitions/{c}/league", city).path("items");
        assertThat(rows(rider)).extracting(Row::place).containsExactly("1", "2", "2", "4", "5", "6", "—");
        assertThat(rows(rider)).extracting(Row::advanced).containsExactly(true, true, true, false, false, false, false);
        assertThat(rows(welder)).extracting(Row::place).containsExactly("1", "2", "2", "4", "5", "—");
        assertThat(rows(welder)).extracting(Row::status).containsExactly("", "", "", "", "", "取消资格");
        assertThat(rows(welder)).extracting(Row::award).contains("优胜奖");
        assertThat(league.size()).isEqualTo(3);

        long started = System.nanoTime();
        try (Chromium browser = new Chromium(PHONE_WIDTH, PHONE_HEIGHT, Path.of("target", "chromedriver.log"))) {
            browser.driver().get(server + "results/" + city);
            Files.writeString(Path.of("target", "results-page.html"), browser.driver().getPageSource());
            WebElement body = browser.driver().findElement(By.tagName("body"));
            String text = body.getText();

            // a phone's viewport, and nothing wider than it
            assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(PHONE_WIDTH);
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .as("horizontal overflow").isLessThanOrEqualTo(PHONE_WIDTH);

            // the Chinese headings
            assertThat(browser.driver().findElement(By.cssSelector("header h1")).getText()).isEqualTo("克拉玛依市第十七届职业技能大赛");
            assertThat(browser.driver().findElement(By.cssSelector("header p")).getText()).contains("成绩公示", "市级");
            assertThat(texts(browser.driver().findElements(By.cssSelector("section h2"))))
                    .containsExactly(rider.path("name").asText(), welder.path("name").asText(), "晋级名单", "优秀组织奖");
            assertThat(texts(browser.driver().findElements(By.cssSelector("section.event thead th")))).containsSequence(
                    "名次", "姓名 / 身份证号", "工会", "总分", "奖项");

            // every place of each event, in the API's order: place, name, federation, total, award, who advances
            for (JsonNode ranking : List.of(rider, welder)) {
                WebElement section = browser.driver().findElement(
                        By.cssSelector("section.event[data-event='" + ranking.path("event").asText() + "']"));
                List<Row> shown = section.findElements(By.cssSelector("tr.line")).stream().map(row -> new Row(
                        row.findElement(By.cssSelector("td.place")).getText(),
                        row.findElement(By.cssSelector(".name")).getText(),
                        row.findElement(By.cssSelector("td.federation")).getText(),
                        number(row.findElement(By.cssSelector("td.total")).getText()),
                        row.findElement(By.cssSelector("td.award")).getText(),
                        row.findElements(By.cssSelector(".adv")).stream().anyMatch(a -> a.isDisplayed() && a.getText().equals("晋级")),
                        row.findElements(By.cssSelector(".status")).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                                .findFirst().orElse("")))
                        .toList();
                assertThat(shown).as(ranking.path("event").asText()).containsExactlyElementsOf(rows(ranking));
                assertThat(section.findElement(By.cssSelector("p.muted")).getText()).isEqualTo("晋级至 " + nameOf(ranking.path("advancesTo")));
                // ID numbers: shown, and masked only
                for (WebElement row : section.findElements(By.cssSelector("tr.line"))) {
                    String name = row.findElement(By.cssSelector(".name")).getText();
                    assertThat(row.findElement(By.cssSelector(".id")).getText()).matches(MASKED_ID).isEqualTo(maskedIdByName.get(name));
                }
                // a withdrawn or disqualified entrant's reason, shown in full
                for (JsonNode p : ranking.path("places")) {
                    if (!p.path("statusReason").isNull()) {
                        assertThat(section.getText()).contains(STATUS_LABELS.get(p.path("status").asText()) + "原因：" + p.path("statusReason").asText());
                    }
                }
            }
            assertThat(DIGIT_RUN.matcher(text).find()).as("an unmasked number on the page").isFalse();

            // who advances where, in the order of the promotions API
            List<WebElement> advancing = browser.driver().findElements(By.cssSelector("li.advancing-row"));
            assertThat(advancing).hasSize(promotions.size());
            for (int i = 0; i < promotions.size(); i++) {
                JsonNode p = promotions.get(i);
                WebElement li = advancing.get(i);
                assertThat(li.findElement(By.cssSelector(".name")).getText()).isEqualTo(p.path("name").asText());
                assertThat(li.findElement(By.cssSelector(".from")).getText()).contains(
                        p.path("federation").asText(), "第" + p.path("place").asInt() + "名", AWARD_LABELS.get(p.path("award").asText()));
                assertThat(li.findElement(By.cssSelector(".to")).getText()).isEqualTo("晋级至 " + nameOf(p.path("to")));
            }

            // the organisation league (优秀组织奖), in the API's order
            List<List<String>> leagueShown = browser.driver().findElements(By.cssSelector("tr.league-row")).stream()
                    .map(tr -> texts(tr.findElements(By.tagName("td")))).toList();
            List<List<String>> leagueApi = StreamSupport.stream(league.spliterator(), false).map(r -> List.of(
                    r.path("federation").asText(), r.path("gold").asText(), r.path("silver").asText(), r.path("bronze").asText(),
                    r.path("excellence").asText(), r.path("points").asText())).toList();
            assertThat(leagueShown).containsExactlyElementsOf(leagueApi);

            // the screenshot: the phone's width, the page's height, and real text painted where the tables are
            byte[] png = browser.fullPageScreenshot();
            Files.write(SCREENSHOT, png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(PHONE_WIDTH);
            assertThat(image.getHeight()).isGreaterThanOrEqualTo(
                    ((Number) browser.script("return document.documentElement.scrollHeight")).intValue());
            assertThat(rgb(image.getRGB(5, 5))).as("the red header band").isEqualTo(0xb71c1c);
            List<WebElement> painted = new ArrayList<>(browser.driver().findElements(By.cssSelector("section.event table")));
            painted.addAll(browser.driver().findElements(By.cssSelector("section.event tr.line")).subList(0, 3)); // the rider podium
            painted.add(browser.driver().findElement(By.cssSelector("ol.advancing")));
            painted.add(browser.driver().findElement(By.cssSelector("section.league table")));
            for (WebElement element : painted) {
                int[] r = browser.rectangle(element);
                assertThat(r[2]).as("width of %s", element.getText()).isPositive();
                assertThat(r[0] + r[2]).as("right edge of %s", element.getText()).isLessThanOrEqualTo(PHONE_WIDTH);
                Paint paint = Paint.of(image, r);
                assertThat(paint.colours()).as("colours painted in %s", element.getText()).isGreaterThanOrEqualTo(8);
                assertThat(paint.inked()).as("share of text pixels in %s", element.getText()).isGreaterThan(0.03);
            }
        }
        System.out.printf("ResultsPageBrowserTest: browser part took %d ms; screenshot %s%n",
                (System.nanoTime() - started) / 1_000_000, SCREENSHOT.toAbsolutePath());
    }

    // --- what the API says ---

    private List<Row> rows(JsonNode ranking) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode p : ranking.path("places")) {
            rows.add(new Row(p.path("place").isNull() ? "—" : p.path("place").asText(), p.path("name").asText(),
                    p.path("federation").asText(), number(p.path("total").asText()),
                    AWARD_LABELS.getOrDefault(p.path("award").asText(), ""), p.path("advanced").asBoolean(),
                    STATUS_LABELS.getOrDefault(p.path("status").asText(), "")));
        }
        return rows;
    }

    /** The name the page gives an event the API names by its codes: the names it was opened with. */
    private String nameOf(JsonNode eventRef) {
        String key = Topic.eventKey(eventRef.path("competition").asText(), eventRef.path("event").asText());
        assertThat(eventNames).containsKey(key);
        return eventNames.get(key);
    }

    private static String number(String decimal) {
        return decimal.isBlank() ? "" : new BigDecimal(decimal.trim()).stripTrailingZeros().toPlainString();
    }

    private JsonNode api(String path, Object... parameters) {
        try {
            return json.readTree(given().get(path, parameters).then().statusCode(200).extract().asString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> activePromotions() {
        List<JsonNode> active = new ArrayList<>();
        api("/api/v1/competitions/{c}/promotions", city).path("items").forEach(p -> {
            if (p.path("status").asText().equals("ACTIVE")) {
                active.add(p);
            }
        });
        return active;
    }

    private JsonNode awaitRanking(String event) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/api/v1/events/{c}/{e}/ranking", city, event).then().statusCode(200));
        return api("/api/v1/events/{c}/{e}/ranking", city, event);
    }

    // --- what the page shows ---

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private static int rgb(int argb) {
        return argb & 0xffffff;
    }

    // --- feeding ranking through Kafka, as registration and scoring do ---

    private record Entrant(String name, String federation, String maskedIdNumber, double total, EntrantStatus status, String reason) {
    }

    private Entrant entrant(String name, String federation, String maskedIdNumber, double total) {
        return entrant(name, federation, maskedIdNumber, total, "COMPETING", null);
    }

    /** An entrant scoring lists as {@code status} (withdrawn or disqualified after the lock), with the scores and the reason. */
    private Entrant entrant(String name, String federation, String maskedIdNumber, double total, String status, String reason) {
        maskedIdByName.put(name, maskedIdNumber);
        return new Entrant(name, federation, maskedIdNumber, total, EntrantStatus.valueOf(status), reason);
    }

    /** Opens the event and its provincial target, registers the entrants and publishes their results (one version, one part). */
    private void openEvent(String event, String name, int quota, AwardPolicy awards, List<Entrant> entrants) {
        ScoringScheme scheme = new ScoringScheme(30, 70, BigDecimal.TEN,
                List.of(new ScoringScheme.Module("m1", "实操", BigDecimal.valueOf(100), 100)));
        EventRef target = new EventRef(province, event, Level.PROVINCIAL);
        eventNames.put(target.key(), "新疆维吾尔自治区职业技能大赛 · " + name);
        publish(Topic.EVENT_OPENED, OpenedEvents.provincial(province, event).competitionName("新疆维吾尔自治区职业技能大赛")
                .named(name).scoring(scheme).build(), target.key());
        EventRef ref = new EventRef(city, event, Level.CITY);
        publish(Topic.EVENT_OPENED, OpenedEvents.city(city, event).competitionName("克拉玛依市第十七届职业技能大赛")
                .named(name).quota(quota).advancesTo(target).scoring(scheme).awards(awards).build(), ref.key());
        List<ResultsPublished.Result> results = new ArrayList<>();
        for (Entrant e : entrants) {
            EntryRegistered entry = new EntryRegistered(UUID.randomUUID(), UUID.randomUUID(), e.maskedIdNumber(), e.name(), "M",
                    e.federation(), new Employer("克拉玛依石化", "91650200MA77ABCDE0"), 4, city, event, Level.CITY, Origin.DIRECT, null);
            publish(Topic.ENTRY_REGISTERED, entry, ref.key());
            BigDecimal total = BigDecimal.valueOf(e.total());
            // practical equals the total, theory and time the same for all: equal totals share a place
            results.add(new ResultsPublished.Result(entry.entryId(), entry.personId(), BigDecimal.valueOf(80), total, total, 1000,
                    e.status(), e.reason()));
        }
        publish(Topic.RESULTS_PUBLISHED, new ResultsPublished(city, event, 1, 1, 1, results), ref.key());
    }

    private void publish(Topic topic, Record value, String key) {
        try {
            Topics.send(topic.topicName(), key, UUID.randomUUID().toString(), json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

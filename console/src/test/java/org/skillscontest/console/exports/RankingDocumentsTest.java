package org.skillscontest.console.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.documents.Certificate;
import org.skillscontest.console.documents.EventResults;
import org.skillscontest.console.documents.PromotionList;

/** ranking-service's answers (the shapes of its RankingView and PromotionView) as the documents print them. */
class RankingDocumentsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String RANKING = """
            {"competition":"KMY-2026","event":"welder","name":"焊工","level":"CITY","version":2,"quota":1,
             "places":[
              {"place":1,"entryId":"e1","personId":"p1","name":"王建国","federation":"KMY-F1","total":88.60,"practical":88.00,
               "theory":90.00,"award":"GOLD","advanced":true,"advancementNote":null,"status":"COMPETING","statusReason":null},
              {"place":2,"entryId":"e2","personId":"p2","name":"李秀英","federation":"KMY-F2","total":80.5,"practical":79,
               "theory":84,"award":"SILVER","advanced":false,"status":"COMPETING"},
              {"place":3,"entryId":"e3","personId":"p3","name":"张伟","federation":"KMY-F9","total":70,"practical":70,
               "theory":70,"award":null,"advanced":false},
              {"place":null,"entryId":"e4","personId":"p4","name":"赵敏","federation":"KMY-F1","total":null,"practical":null,
               "theory":65,"award":null,"advanced":false,"status":"WITHDRAWN","statusReason":"因病退赛"}],
             "publicity":{"state":"FINAL","days":5,"firstDay":"2026-05-01","lastDay":"2026-05-05","endsAt":"2026-05-05T16:00:00Z",
              "promoteWhen":"PROVISIONAL","finalisedAt":"2026-05-05T16:00:03Z","finalVersion":2,"openObjections":0}}
            """;

    @Test
    void everyPlaceKeepsItsNumbersAndCodesWithFederationsNamed() throws Exception {
        EventResults results = RankingDocuments.results(JSON.readTree(RANKING), "2026年克拉玛依市职工职业技能大赛", "焊工",
                Map.of("KMY-F1", "克拉玛依市总工会", "KMY-F2", "独山子区总工会"));

        assertThat(results.version()).isEqualTo(2);
        assertThat(results.publicity()).isEqualTo("已公示 · 最终成绩（公示期 2026年5月1日至2026年5月5日）");
        assertThat(results.placings()).hasSize(4);
        EventResults.Placing first = results.placings().get(0);
        // JSON numbers are read as doubles (as the console's REST client reads them): the value, not the scale, is kept
        assertThat(first).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new EventResults.Placing(1, "e1", "王建国", "克拉玛依市总工会", new BigDecimal("90.00"),
                        new BigDecimal("88.00"), new BigDecimal("88.60"), "GOLD", true, "COMPETING", null));
        // a federation nobody could name keeps its code; an older record without status is competing
        assertThat(results.placings().get(2).federation()).isEqualTo("KMY-F9");
        assertThat(results.placings().get(2).status()).isEqualTo("COMPETING");
        EventResults.Placing withdrawn = results.placings().get(3);
        assertThat(withdrawn.place()).isNull();
        assertThat(withdrawn.total()).isNull();
        assertThat(withdrawn.statusReason()).isEqualTo("因病退赛");
        assertThat(results.winners()).extracting(EventResults.Placing::name).containsExactly("王建国", "李秀英");
    }

    @Test
    void certificatesGoToTheWinnersDatedTheDayTheResultsBecameFinalInChina() throws Exception {
        JsonNode ranking = JSON.readTree(RANKING);
        EventResults results = RankingDocuments.results(ranking, "2026年克拉玛依市职工职业技能大赛", "焊工", Map.of());
        LocalDate date = RankingDocuments.certificateDate(ranking, LocalDate.of(2030, 1, 1));
        // 16:00:03 UTC is just past midnight in Beijing
        assertThat(date).isEqualTo(LocalDate.of(2026, 5, 6));
        List<Certificate> certificates = RankingDocuments.certificates(results, date);
        assertThat(certificates).containsExactly(
                new Certificate("王建国", "2026年克拉玛依市职工职业技能大赛", "焊工", "GOLD", 1, "2026年克拉玛依市职工职业技能大赛组织委员会", date),
                new Certificate("李秀英", "2026年克拉玛依市职工职业技能大赛", "焊工", "SILVER", 2, "2026年克拉玛依市职工职业技能大赛组织委员会", date));
        assertThat(RankingDocuments.provisional(ranking)).isFalse();
    }

    @Test
    void provisionalResultsSayTheirPeriodAndCertificatesTakeToday() throws Exception {
        JsonNode ranking = JSON.readTree("""
                {"version":1,"places":[],"publicity":{"state":"PROVISIONAL","days":5,"firstDay":"2026-05-01",
                 "lastDay":"2026-05-05","finalisedAt":null}}""");
        assertThat(RankingDocuments.results(ranking, "c", "e", Map.of()).publicity())
                .isEqualTo("公示中 · 公示期 2026年5月1日至2026年5月5日24时（北京时间）");
        assertThat(RankingDocuments.provisional(ranking)).isTrue();
        assertThat(RankingDocuments.certificateDate(ranking, LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(RankingDocuments.publicity(JSON.readTree("{\"state\":\"FINAL\",\"firstDay\":null}"))).isEqualTo("已公示 · 最终成绩");
        assertThat(RankingDocuments.publicity(JSON.readTree("null"))).isNull();
    }

    @Test
    void promotionsNameTheEventsAndWhereTheyGo() throws Exception {
        JsonNode promotions = JSON.readTree("""
                [{"promotionId":"x","personId":"p1","name":"王建国","federation":"KMY-F1",
                  "from":{"competition":"KMY-2026","event":"welder","level":"CITY"},"place":1,"total":88.6,"award":"GOLD",
                  "to":{"competition":"XJ-2026","event":"welder","level":"PROVINCIAL"},"status":"ACTIVE","promotedAt":"2026-05-06T00:00:00Z",
                  "revocationReason":null},
                 {"promotionId":"y","personId":"p2","name":"李秀英","federation":"KMY-F2",
                  "from":{"competition":"KMY-2026","event":"fitter","level":"CITY"},"place":1,"total":90,"award":"GOLD",
                  "to":{"competition":"XJ-2026","event":"fitter","level":"PROVINCIAL"},"status":"REVOKED","revocationReason":"更正"}]""");
        PromotionList list = RankingDocuments.promotions(promotions, "市赛", Map.of("welder", "焊工", "fitter", "钳工"),
                Map.of("KMY-F1", "克拉玛依市总工会"), code -> code.equals("XJ-2026") ? "自治区赛" : code,
                code -> Map.of("welder", "焊工"));
        assertThat(list.promotions()).containsExactly(
                new PromotionList.Promotion("王建国", "克拉玛依市总工会", "焊工", 1, new BigDecimal("88.6"), "GOLD", "自治区赛", "焊工", "ACTIVE", null),
                new PromotionList.Promotion("李秀英", "KMY-F2", "钳工", 1, new BigDecimal("90"), "GOLD", "自治区赛", "fitter", "REVOKED", "更正"));
    }
}

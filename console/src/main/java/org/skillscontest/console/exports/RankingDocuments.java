package org.skillscontest.console.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skillscontest.console.documents.Certificate;
import org.skillscontest.console.documents.EventResults;
import org.skillscontest.console.documents.Labels;
import org.skillscontest.console.documents.PromotionList;

/**
 * Turns ranking-service's answers ({@code GET …/ranking}, {@code GET …/promotions}) into what the
 * documents print, with the names registration gives the competition, its events and federations.
 */
final class RankingDocuments {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private RankingDocuments() {
    }

    /** {@code federations}: code → name (empty when the signed-in person may not list them: codes stay). */
    static EventResults results(JsonNode ranking, String competitionName, String eventName, Map<String, String> federations) {
        List<EventResults.Placing> placings = new ArrayList<>();
        for (JsonNode p : ranking.path("places")) {
            String federation = text(p, "federation");
            placings.add(new EventResults.Placing(
                    p.path("place").isNumber() ? p.path("place").asInt() : null,
                    text(p, "entryId"), text(p, "name"),
                    federation == null ? "" : federations.getOrDefault(federation, federation),
                    number(p, "theory"), number(p, "practical"), number(p, "total"),
                    text(p, "award"), p.path("advanced").asBoolean(false),
                    p.hasNonNull("status") ? p.path("status").asText() : "COMPETING", text(p, "statusReason")));
        }
        return new EventResults(competitionName, eventName, ranking.path("version").asInt(), publicity(ranking.path("publicity")),
                placings);
    }

    /**
     * The state of the results as the results page says it: 公示中 with the period, or 已公示 (final);
     * null for results ranked before publicity existed.
     */
    static String publicity(JsonNode publicity) {
        if (publicity == null || publicity.isMissingNode() || publicity.isNull() || !publicity.hasNonNull("state")) {
            return null;
        }
        boolean provisional = "PROVISIONAL".equals(publicity.path("state").asText());
        if (!publicity.hasNonNull("firstDay")) {
            return provisional ? "公示中" : "已公示 · 最终成绩";
        }
        String period = "公示期 " + Labels.date(LocalDate.parse(publicity.path("firstDay").asText())) + "至"
                + Labels.date(LocalDate.parse(publicity.path("lastDay").asText()));
        return provisional ? "公示中 · " + period + "24时（北京时间）" : "已公示 · 最终成绩（" + period + "）";
    }

    /** Whether the results are still provisional (公示中): a certificate printed now may not hold. */
    static boolean provisional(JsonNode ranking) {
        return "PROVISIONAL".equals(ranking.path("publicity").path("state").asText(null));
    }

    /**
     * The certificates' date: the day the results became final (China time), or {@code today} while they
     * are provisional or were ranked before publicity existed.
     */
    static LocalDate certificateDate(JsonNode ranking, LocalDate today) {
        JsonNode finalisedAt = ranking.path("publicity").path("finalisedAt");
        return finalisedAt.isTextual() ? Instant.parse(finalisedAt.asText()).atZone(CHINA).toLocalDate() : today;
    }

    /** One certificate per award winner, in place order; the organiser's line names the competition's organising committee. */
    static List<Certificate> certificates(EventResults results, LocalDate date) {
        String organiser = results.competitionName() + "组织委员会";
        return results.winners().stream()
                .map(w -> new Certificate(w.name(), results.competitionName(), results.eventName(), w.award(), w.place(), organiser, date))
                .toList();
    }

    /**
     * {@code eventNames}: this competition's event code → name; {@code competitionNames} and
     * {@code eventNamesOf} name where promotions go (codes where they cannot).
     */
    static PromotionList promotions(JsonNode promotions, String competitionName, Map<String, String> eventNames,
                                    Map<String, String> federations, Function<String, String> competitionNames,
                                    Function<String, Map<String, String>> eventNamesOf) {
        List<PromotionList.Promotion> list = new ArrayList<>();
        for (JsonNode p : promotions) {
            String fromEvent = p.path("from").path("event").asText("");
            String toCompetition = p.path("to").path("competition").asText("");
            String toEvent = p.path("to").path("event").asText("");
            String federation = text(p, "federation");
            list.add(new PromotionList.Promotion(text(p, "name"),
                    federation == null ? "" : federations.getOrDefault(federation, federation),
                    eventNames.getOrDefault(fromEvent, fromEvent),
                    p.path("place").isNumber() ? p.path("place").asInt() : null, number(p, "total"), text(p, "award"),
                    toCompetition.isEmpty() ? "" : competitionNames.apply(toCompetition),
                    toEvent.isEmpty() ? "" : eventNamesOf.apply(toCompetition).getOrDefault(toEvent, toEvent),
                    text(p, "status"), text(p, "revocationReason")));
        }
        return new PromotionList(competitionName, list);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : null;
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.isTextual() && !value.asText().isBlank() ? new BigDecimal(value.asText()) : null;
    }
}

package org.skillscontest.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.skillscontest.deploy.stack.Keys;

/**
 * 公示 with objections, as federations and a chief judge live it in an event whose competition has a
 * publicity period: while the results are PROVISIONAL, the federation of the last-placed entrant
 * objects to a mis-recorded theory score and another federation to its own entrant's practical
 * marks; the chief judge corrects the first in scoring (results version 2, still PROVISIONAL with
 * the same period end), then resolves that objection by the correction and rejects the other with a
 * reason. The entrants chosen are far below the quota and the awards, so no promotion changes.
 */
public final class PublicityDrill {

    /** What the drill left behind, for the report and the end-to-end test. */
    public record Outcome(String competition, String event, String resolved, String rejected, int correctedVersion,
                          String endsAt) {
    }

    private final Api api = new Api();
    private final SeedScenario.Urls urls;
    private final Keys keys;
    private final Duration patience;
    private final Consumer<String> progress;

    PublicityDrill(SeedScenario.Urls urls, Keys keys, Duration patience, Consumer<String> progress) {
        this.urls = urls;
        this.keys = keys;
        this.patience = patience;
        this.progress = progress;
    }

    Outcome run(String competition, String event, String chiefJudge) {
        long t0 = System.nanoTime();
        String ranking = urls.ranking() + "/api/v1/events/" + competition + "/" + event + "/ranking";
        JsonNode before = api.whole(ranking, null, "places", Api.LONG_PAGE);
        if (!before.at("/publicity/state").asText().equals("PROVISIONAL")) {
            throw new IllegalStateException(competition + "/" + event + " is not in its publicity period: " + before.get("publicity"));
        }
        int version = before.get("version").asInt();
        // places come best first, the placeless (withdrawn) last: the last placed entrant, and the one
        // placed just above of another federation
        List<JsonNode> placed = new ArrayList<>();
        before.get("places").forEach(p -> {
            if (!p.get("place").isNull() && !p.get("federation").isNull()) {
                placed.add(p);
            }
        });
        JsonNode last = placed.get(placed.size() - 1);
        JsonNode other = null;
        for (int i = placed.size() - 2; i >= 0 && other == null; i--) {
            if (!placed.get(i).get("federation").asText().equals(last.get("federation").asText())) {
                other = placed.get(i);
            }
        }
        if (other == null) {
            throw new IllegalStateException(competition + "/" + event + ": every entrant is of one federation");
        }
        String objections = urls.ranking() + "/api/v1/events/" + competition + "/" + event + "/objections";
        String resolved = lodge(objections, last, "理论成绩登记有误，答题卡复核应加1分 theory score mis-recorded");
        String rejected = lodge(objections, other, "对实操评分有异议 objects to the practical marks");

        // the chief judge corrects the mis-recorded score in scoring: ranking gets version 2, still PROVISIONAL
        String chief = keys.token("chief-judge", null, chiefJudge, Duration.ofHours(1));
        BigDecimal theory = last.get("theory").decimalValue();
        BigDecimal corrected = theory.add(BigDecimal.ONE).min(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        api.expect(200, "POST", urls.scoring() + "/api/v1/events/" + competition + "/" + event + "/corrections", chief,
                Map.of("entryId", last.get("entryId").asText(), "module", "theory", "mark", corrected,
                        "reason", "异议复核：理论成绩登记有误 objection: theory score mis-recorded"));
        JsonNode[] after = {before};
        Api.await(competition + "/" + event + " version " + (version + 1) + " ranked", patience, Duration.ofMillis(250),
                () -> (after[0] = api.get(ranking, null)).get("version").asInt() > version);
        int correctedVersion = after[0].get("version").asInt();

        api.expect(200, "POST", objections + "/" + resolved + "/resolution", chief,
                Map.of("reason", "已按异议更正理论成绩 corrected as objected"));
        api.expect(200, "POST", objections + "/" + rejected + "/rejection", chief,
                Map.of("reason", "经复核实操评分无误 the practical marks were checked and stand"));
        JsonNode now = api.get(ranking, null);
        progress.accept(String.format("公示 publicity: %s · %s: 2 objections by federations, 1 resolved by a correction (version %d), "
                        + "1 rejected; results %s until %s (%.1f s)", competition, event, correctedVersion,
                now.at("/publicity/state").asText(), now.at("/publicity/lastDay").asText(), (System.nanoTime() - t0) / 1e9));
        return new Outcome(competition, event, resolved, rejected, correctedVersion, now.at("/publicity/endsAt").asText());
    }

    /** The entrant's own federation objects, with a reason. */
    private String lodge(String objections, JsonNode place, String reason) {
        String federation = place.get("federation").asText();
        String token = keys.token("federation", federation, "federation-" + federation, Duration.ofHours(1));
        return api.expect(201, "POST", objections, token, Map.of("entryId", place.get("entryId").asText(), "reason", reason))
                .get("objectionId").asText();
    }
}

package org.skillscontest.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillscontest.scoring.api.MarkedContest.JUDGE;
import static org.skillscontest.scoring.api.MarkedContest.LOCKED;
import static org.skillscontest.scoring.api.MarkedContest.MARKING;
import static org.skillscontest.testing.hostile.Kind.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.hostile.CorpusRun;
import org.skillscontest.testing.hostile.Endpoint;
import org.skillscontest.testing.hostile.Expect;
import org.skillscontest.testing.hostile.Field;
import org.skillscontest.testing.hostile.HostileCorpus;

/**
 * The hostile corpus (issue 14) against every scoring endpoint, on the {@link MarkedContest}: each request,
 * generated from the endpoints described here, is refused with a 4xx problem+json naming the field where
 * there is one, and the whole corpus changes no row and publishes no record.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class HostileInputTest {

    private static final String EVENT = "/api/v1/events/{c}/{e}/";

    @Test
    void everyHostileRequestIsRefusedAndChangesNothing() {
        MarkedContest w = new MarkedContest();
        CorpusRun.Report report = CorpusRun.runSettled("scoring", URI.create("http://localhost:" + RestAssured.port),
                HostileCorpus.of(endpoints(w)));

        assertThat(report.failures()).as(report.line()).isEmpty();
        assertThat(report.tried()).isGreaterThanOrEqualTo(200);
    }

    private static List<Endpoint> endpoints(MarkedContest w) {
        String competition = w.contest.competition;
        String organizer = "organizer-1";
        Set<String> organizers = Set.of("organizer");
        Set<String> chiefs = Set.of("chief-judge");
        String chief = w.chiefOf(MARKING);
        Expect forbidden = Expect.status(403);
        String otherChief = Tokens.chiefJudge(w.otherChief(MARKING));
        return List.of(
                on(competition, MARKING, "panel", "PUT", "panel").caller(organizer, organizers, null)
                        .body(Map.of("chiefJudge", chief, "modules", MarkedContest.MARKING_PANEL,
                                "judgeFederations", Map.of(JUDGE, Contest.FEDERATION), "excludeOwnFederation", false))
                        .field("chiefJudge", NAME).field(Field.of("modules", OBJECT).maxItems(20)).field(Field.keysOf("modules", CODE))
                        .field(Field.of("modules.route", LIST).maxItems(50)).field("modules.route[0]", NAME)
                        .field(Field.of("judgeFederations", OBJECT).maxItems(1000)).field(Field.keysOf("judgeFederations", NAME))
                        .field("judgeFederations." + JUDGE, CODE).field("excludeOwnFederation", BOOLEAN),
                on(competition, MARKING, "marks", "POST", "marks").caller(JUDGE, Set.of("judge"), null)
                        .body(MarkedContest.mark(w.unmarked, "route", 80))
                        .field(Field.of("marks", LIST).maxItems(5000)).field("marks[0]", OBJECT).field("marks[0].entryId", UUID)
                        .field("marks[0].module", CODE).field("marks[0].mark", DECIMAL).field("marks[0].timeUsedSeconds", INTEGER),
                on(competition, MARKING, "theory scores", "POST", "theory").caller(chief, chiefs, null).allowing("organizer")
                        .body(MarkedContest.scores(MarkedContest.object("entryId", w.unmarked, "score", 88)))
                        .field(Field.of("scores", LIST).maxItems(5000)).field("scores[0]", OBJECT).field("scores[0].entryId", UUID)
                        .field("scores[0].score", DECIMAL)
                        .refusing("the chief judge of another event", otherChief, forbidden),
                on(competition, MARKING, "theory import", "POST", "theory/import").caller(chief, chiefs, null).allowing("organizer")
                        .freshKey("Idempotency-Key")
                        .body(MarkedContest.scores(MarkedContest.object("entryId", w.unmarked, "score", 88, "answers", Map.of("Q1", "A"))))
                        // what only the round can tell (unknown entrant, score out of range) is answered in the row, by contract
                        .field(Field.of("scores", LIST).maxItems(50_000)).field("scores[0]", OBJECT).field("scores[0].entryId", UUID)
                        .field(Field.of("scores[0].score", DECIMAL).perRow()).field(Field.of("scores[0].answers", OBJECT).maxItems(500))
                        .field(Field.keysOf("scores[0].answers", NAME)).field("scores[0].answers.Q1", FREE_TEXT)
                        .refusing("the chief judge of another event", otherChief, forbidden),
                on(competition, MARKING, "theory import by ID number", "POST", "theory/import").caller(organizer, organizers, null)
                        .allowing("chief-judge").freshKey("Idempotency-Key")
                        .body(MarkedContest.scores(MarkedContest.object("idNumber", "650202199003070011", "score", 88)))
                        .field(Field.of("scores[0].idNumber", ID_NUMBER).perRow()),
                on(competition, MARKING, "lock", "POST", "lock").caller(chief, chiefs, null)
                        .refusing("the chief judge of another event", otherChief, forbidden),
                on(competition, LOCKED, "corrections", "POST", "corrections").caller(w.chiefOf(LOCKED), chiefs, null)
                        .body(MarkedContest.correction(w.lockedEntry, "route", JUDGE, 82))
                        .field("entryId", UUID).field("module", CODE).field("judge", NAME).field("mark", DECIMAL).field("reason", FREE_TEXT)
                        .refusing("the chief judge of another event", Tokens.chiefJudge(w.otherChief(LOCKED)), forbidden),
                on(competition, MARKING, "disqualification", "POST", "disqualifications").caller(chief, chiefs, null)
                        .body(MarkedContest.disqualification(w.unmarked)).field("entryId", UUID).field("reason", FREE_TEXT)
                        .refusing("the chief judge of another event", otherChief, forbidden),
                on(competition, MARKING, "flag acceptance", "POST", "flags/acceptance").caller(chief, chiefs, null)
                        .body(MarkedContest.acceptance(w.flagged, "route")).field("entryId", UUID).field("module", CODE)
                        .field("reason", FREE_TEXT)
                        .refusing("the chief judge of another event", otherChief, forbidden),
                on(competition, MARKING, "audit", "GET", "audit").caller(organizer, organizers, null).allowing("chief-judge", "auditor")
                        .query("entryId", w.flagged.toString(), UUID)
                        .refusing("the chief judge of another event", otherChief, forbidden),
                on(competition, MARKING, "stations", "GET", "stations").caller(organizer, organizers, null).allowing("judge", "chief-judge")
                        .refusing("a judge on no panel of the event", Tokens.judge(MarkedContest.OFF_PANEL_JUDGE), forbidden),
                on(competition, MARKING, "results", "GET", "results").caller(organizer, organizers, null).allowing("chief-judge")
                        .refusing("the chief judge of another event", otherChief, forbidden),
                on(competition, MARKING, "progress", "GET", "progress").caller(organizer, organizers, null)
                        .allowing("chief-judge", "auditor")
                        .refusing("the chief judge of another event", otherChief, forbidden),
                Endpoint.of("a round's results", "GET", EVENT + "rounds/{r}/results").caller(organizer, organizers, null)
                        .allowing("chief-judge").path("c", competition, CODE).path("e", MARKING, CODE).path("r", "PRELIM", CODE),
                Endpoint.of("assignments", "GET", "/api/v1/assignments").caller(JUDGE, Set.of("judge"), null).allowing("chief-judge")
                        .query("page", "0", INTEGER).query("size", "50", INTEGER));
    }

    private static Endpoint on(String competition, String event, String name, String method, String path) {
        return Endpoint.of(name, method, EVENT + path).path("c", competition, CODE).path("e", event, CODE);
    }
}

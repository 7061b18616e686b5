package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * Finding entries of an event with {@code q}: by the entrant's name (any part, any case), the last four
 * characters of the ID number (what the mask shows) or the start of the entry id; within what the
 * caller may list anyway, each with its status.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EntrySearchTest {

    private static final String ENTRIES = "/api/v1/competitions/{c}/events/rider/entries";

    private final Organiser organiser = new Organiser();
    private String own;
    private String competition;
    private String wangFangId;
    private String aygulId;
    private Map<String, String> wangFang;
    private Map<String, String> aygul;
    private Map<String, String> wangWei;

    @BeforeEach
    void entrantsOfTwoFederations() {
        own = organiser.federation("own", "650204");
        String other = organiser.federation("other", "650203");
        competition = organiser.competition("krmy", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201);
        // a birthday of its own per run, so that these people are new; sequences 101..103 end the ID numbers differently
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
        wangFangId = People.idNumber("650204", birth, 102);
        aygulId = People.idNumber("650204", birth, 101);
        wangFang = organiser.register(own, competition, "rider", "王芳", wangFangId);
        aygul = organiser.register(own, competition, "rider", "Aygul Tursun", aygulId);
        wangWei = organiser.register(other, competition, "rider", "王伟", People.idNumber("650203", birth, 103));
    }

    @Test
    void byAnyPartOfTheNameInAnyCase() {
        search(Tokens.organizer(), "王").body("total", equalTo(2))
                .body("items.entryId", contains(wangFang.get("entryId"), wangWei.get("entryId")));
        search(Tokens.organizer(), "GUL tur").body("items.name", contains("Aygul Tursun"));
        search(Tokens.organizer(), "芳").body("items.name", contains("王芳"));
        search(Tokens.organizer(), "赵").body("total", equalTo(0)).body("items.size()", equalTo(0));
        // a federation finds its own entrants only
        search(Tokens.federation(own), "王").body("total", equalTo(1)).body("items.name", contains("王芳"));
    }

    @Test
    void byTheLastFourCharactersOfTheIdNumberAsTheMaskShowsThem() {
        String lastFour = aygulId.substring(14);
        search(Tokens.federation(own), lastFour).body("total", equalTo(1)).body("items.entryId", contains(aygul.get("entryId")))
                .body("items[0].idNumber", equalTo(aygulId.substring(0, 6) + "********" + lastFour));
        search(Tokens.auditor(), lastFour.toLowerCase()).body("items.idNumber", contains(aygulId));
        // other digits of the number are not searched: they are hidden by the mask
        search(Tokens.organizer(), aygulId.substring(6, 10)).body("items.entryId", org.hamcrest.Matchers.not(hasItem(aygul.get("entryId"))));
    }

    @Test
    void byTheStartOfTheEntryIdInAnyCase() {
        String id = wangFang.get("entryId");
        search(Tokens.organizer(), id.substring(0, 8)).body("items.entryId", contains(id));
        search(Tokens.organizer(), id.substring(0, 13).toUpperCase()).body("items.entryId", contains(id));
        search(Tokens.organizer(), id).body("total", equalTo(1));
        // the middle of an id is no prefix
        search(Tokens.organizer(), id.substring(9, 18)).body("items.entryId", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void eachEntryWithItsStatusSoThatOnlyRegisteredOnesAreOfferedForWithdrawal() {
        given().auth().oauth2(Tokens.federation(own)).contentType(ContentType.JSON).body(Map.of("reason", "病假 sick leave"))
                .post("/api/v1/entries/{id}/withdrawal", aygul.get("entryId")).then().statusCode(200);
        search(Tokens.federation(own), "").body("total", equalTo(2))
                .body("items.name", containsInAnyOrder("王芳", "Aygul Tursun"))
                .body("items.find { it.name == 'Aygul Tursun' }.status", equalTo("WITHDRAWN"))
                .body("items.find { it.name == '王芳' }.status", equalTo("REGISTERED"));
    }

    @Test
    void wildcardsAreTextAndABlankSearchFindsEveryEntry() {
        search(Tokens.organizer(), "%").body("total", equalTo(0));
        search(Tokens.organizer(), "_").body("total", equalTo(0));
        search(Tokens.organizer(), "   ").body("total", equalTo(3));
        search(Tokens.organizer(), " 王 ").body("total", equalTo(2));
    }

    @Test
    void aSearchIsPagedLikeTheWholeList() {
        given().auth().oauth2(Tokens.organizer()).queryParam("q", "王").queryParam("page", 1).queryParam("size", 1)
                .get(ENTRIES, competition).then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items.entryId", contains(wangWei.get("entryId")));
    }

    @Test
    void aSearchOfMoreThan64CharactersIsRefusedNamingQ() {
        search(Tokens.organizer(), "王".repeat(64)).body("total", equalTo(0));
        given().auth().oauth2(Tokens.organizer()).queryParam("q", "王".repeat(65)).get(ENTRIES, competition)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("q")).body("errors.code", contains("size"));
    }

    private ValidatableResponse search(String token, String q) {
        return given().auth().oauth2(token).queryParam("q", q).get(ENTRIES, competition).then().statusCode(200);
    }
}

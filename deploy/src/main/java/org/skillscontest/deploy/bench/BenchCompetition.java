package org.skillscontest.deploy.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillscontest.deploy.demo.Api;

/** What every benchmark sets up first through the API: the federation BENCH-FTU and a city competition open for entries. */
final class BenchCompetition {

    /** The federation's region (克拉玛依区), inside the competition's region (克拉玛依市). */
    static final String REGION = "650203";
    static final String FEDERATION = "BENCH-FTU";

    private BenchCompetition() {
    }

    static void open(Api api, String registration, String organizer, String code, String name) {
        api.expect(201, "POST", registration + "/api/v1/federations", organizer,
                Map.of("code", FEDERATION, "name", "克拉玛依区总工会", "regionCode", REGION));
        LocalDate startsOn = LocalDate.now().plusDays(60);
        Map<String, Object> competition = new LinkedHashMap<>();
        competition.put("code", code);
        competition.put("name", name);
        competition.put("level", "CITY");
        competition.put("regionCode", "650200");
        competition.put("edition", 1);
        competition.put("year", startsOn.getYear());
        competition.put("startsOn", startsOn.toString());
        competition.put("registrationClosesAt", startsOn.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        api.expect(201, "POST", registration + "/api/v1/competitions", organizer, competition);
    }
}

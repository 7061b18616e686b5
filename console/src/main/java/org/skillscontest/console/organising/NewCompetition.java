package org.skillscontest.console.organising;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The competition form → {@code POST /api/v1/competitions}. Inputs are named as the fields; registration's
 * closing time is typed as China's local time and sent with its offset. Series is left out (rare).
 */
final class NewCompetition {

    static final List<String> INPUTS = List.of("code", "name", "level", "regionCode", "edition", "year", "startsOn",
            "registrationClosesAt", "feeds", "publicityDays");

    private NewCompetition() {
    }

    static Map<String, Object> request(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Typed.text(form.value("code")));
        body.put("name", Typed.text(form.value("name")));
        body.put("level", Typed.text(form.value("level")));
        body.put("regionCode", Typed.text(form.value("regionCode")));
        body.put("edition", Typed.number(form.value("edition")));
        body.put("year", Typed.number(form.value("year")));
        body.put("startsOn", Typed.text(form.value("startsOn")));
        body.put("registrationClosesAt", Typed.chinaTime(form.value("registrationClosesAt")));
        body.put("feeds", Typed.text(form.value("feeds")));
        body.put("publicityDays", Typed.number(form.value("publicityDays")));
        return body;
    }

    static String inputOf(String field) {
        return field;
    }
}

package org.skillscontest.console.organising;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The federation form → {@code POST /api/v1/federations {code, name, regionCode}}; inputs named as the fields. */
final class NewFederation {

    static final List<String> INPUTS = List.of("code", "name", "regionCode");

    private NewFederation() {
    }

    static Map<String, Object> request(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Typed.text(form.value("code")));
        body.put("name", Typed.text(form.value("name")));
        body.put("regionCode", Typed.text(form.value("regionCode")));
        return body;
    }

    static String inputOf(String field) {
        return field;
    }
}

package org.skillscontest.console.organising;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event form → {@code POST /api/v1/competitions/{c}/events}. Modules are a repeated group of rows
 * ({@code scoring.modules[r].code}, …); a row left blank is not sent, so the service's
 * {@code scoring.modules[i]} is the i-th row sent, which {@link #inputOf} turns back into the form's row.
 * The rarer settings (rounds, honours, advancement, promoteWhen) are left to the API: the service's defaults apply.
 */
final class NewEvent {

    static final String MODULES = "scoring.modules";
    static final String[] MODULE_INPUTS = {"code", "name", "maxMark", "weight"};
    static final List<String> AWARD_COUNTS = List.of("gold", "silver", "bronze", "excellence");

    private static final Pattern MODULE_FIELD = Pattern.compile("scoring\\.modules\\[(\\d+)](?:\\.(\\w+))?(.*)");

    private NewEvent() {
    }

    /** An empty form with {@code rows} module rows and the usual weights (理论 30 %, 实操 70 %). */
    static Form blank(int rows) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("scoring.theoryWeight", "30");
        values.put("scoring.practicalWeight", "70");
        values.put("scoring.tolerancePercent", "10");
        values.put("awards.mode", "COUNT");
        Form form = Form.of(values);
        for (int i = 0; i < rows; i++) {
            form = form.withRow(MODULES, MODULE_INPUTS);
        }
        return form;
    }

    static Map<String, Object> request(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Typed.text(form.value("code")));
        body.put("name", Typed.text(form.value("name")));
        body.put("occupation", Typed.text(form.value("occupation")));
        body.put("skillLevel", Typed.number(form.value("skillLevel")));
        body.put("capacity", Typed.number(form.value("capacity")));
        body.put("quota", Typed.number(form.value("quota")));
        body.put("advancesTo", target(form.value("advancesTo")));
        Map<String, Object> scoring = new LinkedHashMap<>();
        scoring.put("theoryWeight", Typed.number(form.value("scoring.theoryWeight")));
        scoring.put("practicalWeight", Typed.number(form.value("scoring.practicalWeight")));
        scoring.put("tolerancePercent", Typed.number(form.value("scoring.tolerancePercent")));
        List<Map<String, Object>> modules = new ArrayList<>();
        for (int row : sentRows(form)) {
            Map<String, Object> module = new LinkedHashMap<>();
            module.put("code", Typed.text(form.item(MODULES, row, "code").value()));
            module.put("name", Typed.text(form.item(MODULES, row, "name").value()));
            module.put("maxMark", Typed.number(form.item(MODULES, row, "maxMark").value()));
            module.put("weight", Typed.number(form.item(MODULES, row, "weight").value()));
            modules.add(module);
        }
        scoring.put("modules", modules);
        body.put("scoring", scoring);
        body.put("awards", awards(form));
        return body;
    }

    /** The form's module rows that are sent: every row with anything typed in it, in order. */
    static List<Integer> sentRows(Form form) {
        return form.rows(MODULES).stream()
                .filter(row -> List.of(MODULE_INPUTS).stream().anyMatch(name -> !form.item(MODULES, row, name).value().isBlank()))
                .toList();
    }

    /**
     * The input a field of the request names: {@code scoring.modules[1].maxMark} → the row sent second's
     * {@code maxMark}; a whole module → its code; {@code advancesTo.event} → the one select of both;
     * the award settings as a whole → the mode. Anything else is named as the input.
     */
    static String inputOf(String field, Form form) {
        Matcher module = MODULE_FIELD.matcher(field);
        if (module.matches()) {
            List<Integer> rows = sentRows(form);
            int sent = Integer.parseInt(module.group(1));
            if (sent >= rows.size()) {
                return MODULES;
            }
            String input = module.group(2) == null || !List.of(MODULE_INPUTS).contains(module.group(2)) ? "code" : module.group(2);
            return MODULES + "[" + rows.get(sent) + "]." + input;
        }
        if (field.equals("advancesTo") || field.startsWith("advancesTo.")) {
            return "advancesTo";
        }
        if (field.equals("awards")) {
            return "awards.mode";
        }
        return field;
    }

    /** {@code competition/event} → {@code {competition, event}}; blank → null (the event advances nowhere). */
    private static Map<String, Object> target(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        int slash = typed.indexOf('/');
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("competition", slash < 0 ? typed : typed.substring(0, slash));
        target.put("event", slash < 0 ? null : typed.substring(slash + 1));
        return target;
    }

    /** No award numbers typed → null, the service's defaults (gold 1, silver 2, bronze 3 places). */
    private static Map<String, Object> awards(Form form) {
        if (AWARD_COUNTS.stream().allMatch(name -> form.blank("awards." + name))) {
            return null;
        }
        Map<String, Object> awards = new LinkedHashMap<>();
        awards.put("mode", Typed.text(form.value("awards.mode")));
        AWARD_COUNTS.forEach(name -> awards.put(name, Typed.number(form.value("awards." + name))));
        return awards;
    }
}

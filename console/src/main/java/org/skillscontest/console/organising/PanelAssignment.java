package org.skillscontest.console.organising;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judge panel form → scoring's {@code PUT /api/v1/events/{c}/{e}/panel {chiefJudge, modules: {code: [judgeId…]}}}:
 * one input per module of the event ({@code modules.m1}), judges separated by commas, 、 or new lines.
 * (Excluding judges from their own federation's entrants is left to the API.)
 */
final class PanelAssignment {

    private PanelAssignment() {
    }

    static Map<String, Object> request(Form form, List<String> modules) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chiefJudge", Typed.text(form.value("chiefJudge")));
        Map<String, List<String>> panel = new LinkedHashMap<>();
        for (String module : modules) {
            panel.put(module, judges(form.value("modules." + module)));
        }
        body.put("modules", panel);
        return body;
    }

    /** 「j1, j2、j3\nj4」 → [j1, j2, j3, j4]; duplicates kept, for the service to refuse. */
    static List<String> judges(String typed) {
        return Arrays.stream(typed.split("[,，、;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Judges as the form shows them: one per line. */
    static String lines(List<String> judges) {
        return String.join("\n", judges);
    }

    /** {@code modules.m1} names the module's input; {@code modules} as a whole and anything else go above the form. */
    static String inputOf(String field) {
        return field;
    }
}

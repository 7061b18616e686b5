package org.skillscontest.console.organising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.backend.Problem;
import org.skillscontest.console.backend.Problem.FieldError;

/** A service's field errors land on the form's inputs: API field path → input name. */
class FieldErrorMappingTest {

    private static Problem invalid(FieldError... errors) {
        return new Problem("about:blank", "Bad Request", 400, "The request is invalid.", List.of(errors));
    }

    /** An event form whose module rows 0 and 2 are filled and row 1 left blank. */
    private static Form eventForm() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("code", "welder");
        typed.put("advancesTo", "XJ-2026/welder");
        typed.put("scoring.theoryWeight", "30");
        typed.put("scoring.practicalWeight", "70");
        typed.put("scoring.modules[0].code", "m1");
        typed.put("scoring.modules[0].name", "实操一");
        typed.put("scoring.modules[0].maxMark", "60");
        typed.put("scoring.modules[0].weight", "60");
        typed.put("scoring.modules[1].code", "");
        typed.put("scoring.modules[1].name", " ");
        typed.put("scoring.modules[1].maxMark", "");
        typed.put("scoring.modules[1].weight", "");
        typed.put("scoring.modules[2].code", "m2");
        typed.put("scoring.modules[2].name", "实操二");
        typed.put("scoring.modules[2].maxMark", "0");
        typed.put("scoring.modules[2].weight", "40");
        typed.put("awards.mode", "COUNT");
        typed.put("awards.gold", "");
        return Form.of(typed);
    }

    @Test
    void aModuleErrorNamesTheRowSentWhichIsTheFormsRowAfterBlankRowsAreLeftOut() {
        Form form = eventForm();
        assertThat(NewEvent.sentRows(form)).containsExactly(0, 2);
        assertThat(NewEvent.inputOf("scoring.modules[1].maxMark", form)).isEqualTo("scoring.modules[2].maxMark");
        assertThat(NewEvent.inputOf("scoring.modules[0].weight", form)).isEqualTo("scoring.modules[0].weight");
        // a whole module (null in the list) → its row's first input; beyond the rows sent → the group
        assertThat(NewEvent.inputOf("scoring.modules[1]", form)).isEqualTo("scoring.modules[2].code");
        assertThat(NewEvent.inputOf("scoring.modules[7].code", form)).isEqualTo("scoring.modules");
        assertThat(NewEvent.inputOf("scoring.modules", form)).isEqualTo("scoring.modules");
    }

    @Test
    void bothHalvesOfTheTargetLandOnItsOneSelectAndTheAwardsOnTheirMode() {
        Form form = eventForm();
        assertThat(NewEvent.inputOf("advancesTo.competition", form)).isEqualTo("advancesTo");
        assertThat(NewEvent.inputOf("advancesTo.event", form)).isEqualTo("advancesTo");
        assertThat(NewEvent.inputOf("awards", form)).isEqualTo("awards.mode");
        assertThat(NewEvent.inputOf("scoring.practicalWeight", form)).isEqualTo("scoring.practicalWeight");
        assertThat(NewEvent.inputOf("code", form)).isEqualTo("code");
    }

    @Test
    void aRefusalIsPlacedOnItsInputsInChineseAndEnglishTheRestAboveTheFormAndTheTypedValuesStay() {
        Form form = eventForm();
        Form refused = form.refused(invalid(
                        new FieldError("scoring.modules[1].maxMark", "decimal-min", "must be greater than 0"),
                        new FieldError("scoring.modules", "weights-sum", "module weights must sum to 100, not 90"),
                        new FieldError("advancesTo.event", "other-occupation", "advances to an event of another occupation (焊工)"),
                        new FieldError("code", "pattern", "must match \"[A-Za-z0-9-]{1,64}\""),
                        new FieldError("code", "size", "second message for code is dropped"),
                        new FieldError("rounds[0].cut", "not-null", "must not be null"),
                        new FieldError(null, "x", "no field at all")),
                field -> NewEvent.inputOf(field, form), NewEvent.MODULES);

        assertThat(refused.field("scoring.modules[2].maxMark").error()).isEqualTo("数值太小 · must be greater than 0");
        assertThat(refused.field("scoring.modules[2].maxMark").invalid()).isTrue();
        assertThat(refused.field("scoring.modules[2].maxMark").value()).isEqualTo("0");
        assertThat(refused.field("scoring.modules[0].maxMark").invalid()).isFalse();
        assertThat(refused.field("scoring.modules").error()).startsWith("权重之和须为 100");
        assertThat(refused.field("advancesTo").error()).contains("上一级赛项的工种不同");
        assertThat(refused.field("code").error()).startsWith("格式不正确 · must match");
        // fields the form has no input for are said above it, with the field named
        assertThat(refused.general()).containsExactly("rounds[0].cut: 必填 · must not be null", "no field at all");
        // what was typed is still there, word for word
        assertThat(refused.field("scoring.modules[0].name").value()).isEqualTo("实操一");
        assertThat(refused.field("advancesTo").value()).isEqualTo("XJ-2026/welder");
        assertThat(refused.hasErrors()).isTrue();
    }

    @Test
    void aRefusalWithoutFieldErrorsIsSaidAboveTheForm() {
        Form refused = Form.of(Map.of("code", "F1")).refused(
                new Problem(null, "Conflict", 409, "Federation F1 exists already.", List.of()), NewFederation::inputOf);
        assertThat(refused.errors()).isEmpty();
        assertThat(refused.general()).containsExactly("Federation F1 exists already.");
    }

    @Test
    void inputIdsCanBeSelectedWithoutEscapes() {
        assertThat(Form.idOf("scoring.modules[1].maxMark")).isEqualTo("f-scoring-modules-1-maxMark");
        assertThat(Form.idOf("modules.m1")).isEqualTo("f-modules-m1");
        assertThat(eventForm().item("scoring.modules", 2, "maxMark").errorId()).isEqualTo("f-scoring-modules-2-maxMark-error");
    }

    @Test
    void theEventRequestLeavesBlankRowsOutAndSendsNumbersAsNumbersAndOddTextAsTyped() {
        Form form = eventForm();
        Map<String, Object> request = NewEvent.request(form);
        @SuppressWarnings("unchecked")
        Map<String, Object> scoring = (Map<String, Object>) request.get("scoring");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) scoring.get("modules");
        assertThat(modules).extracting(m -> m.get("code")).containsExactly("m1", "m2");
        assertThat(modules.get(1).get("maxMark")).isEqualTo(0);
        assertThat(scoring.get("theoryWeight")).isEqualTo(30);
        assertThat(request.get("advancesTo")).isEqualTo(Map.of("competition", "XJ-2026", "event", "welder"));
        assertThat(request.get("awards")).as("no award figures typed: the service's defaults").isNull();
        assertThat(Typed.number("12.5")).isEqualTo(new java.math.BigDecimal("12.5"));
        assertThat(Typed.number("十二")).isEqualTo("十二");
        assertThat(Typed.number(" ")).isNull();
    }

    @Test
    void registrationClosingIsTypedInChinasTimeAndSentAsAnInstant() {
        assertThat(Typed.chinaTime("2026-05-01T18:00")).isEqualTo("2026-05-01T10:00:00Z");
        assertThat(Typed.chinaTime("")).isNull();
        assertThat(Typed.chinaTime("5月1日")).isEqualTo("5月1日");
        assertThat(ChinaTimes.shown(java.time.Instant.parse("2026-05-01T10:00:00Z"))).isEqualTo("2026-05-01 18:00");
    }

    @Test
    void panelJudgesAreSplitOnCommasChineseCommasAndNewLinesAndTheirErrorsLandOnTheModulesInput() {
        assertThat(PanelAssignment.judges("j1, j2，j3、j4\nj5\r\n\nj5")).containsExactly("j1", "j2", "j3", "j4", "j5", "j5");
        Form form = Form.of(Map.of("chiefJudge", "chief", "modules.m1", "j1\nj1", "modules.m2", ""));
        Map<String, Object> request = PanelAssignment.request(form, List.of("m1", "m2"));
        assertThat(request.get("modules")).isEqualTo(Map.of("m1", List.of("j1", "j1"), "m2", List.of()));
        Form refused = form.refused(invalid(new FieldError("modules.m1", "judges", "at least one judge, each once"),
                new FieldError("modules.m2", "no-judges", "every module needs at least one judge")), PanelAssignment::inputOf);
        assertThat(refused.field("modules.m1").error()).isEqualTo("至少一名裁判，且不能重复 · at least one judge, each once");
        assertThat(refused.field("modules.m2").invalid()).isTrue();
    }

    @Test
    void aRowAddedToTheFormIsNumberedAfterTheLast() {
        Form form = eventForm().withRow(NewEvent.MODULES, NewEvent.MODULE_INPUTS);
        assertThat(form.rows(NewEvent.MODULES)).containsExactly(0, 1, 2, 3);
        assertThat(form.item(NewEvent.MODULES, 3, "maxMark").value()).isEmpty();
        assertThat(NewEvent.blank(2).rows(NewEvent.MODULES)).containsExactly(0, 1);
    }
}

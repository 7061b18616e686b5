package org.skillscontest.console.organising;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillscontest.console.backend.Problem;

/**
 * A set-up form as the organiser typed it, by input name, and what to show beside each input. Inputs are
 * named after the API's fields ({@code scoring.modules[1].maxMark}), so that a refusal's field errors land
 * on the input that caused them; a form re-rendered after a refusal shows exactly what was typed.
 */
public final class Form {

    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final List<String> general;

    private Form(Map<String, String> values, Map<String, String> errors, List<String> general) {
        this.values = values;
        this.errors = errors;
        this.general = general;
    }

    public static Form empty() {
        return of(Map.of());
    }

    /** What was typed; the first value of each input, blanks kept (a blank is something typed too). */
    public static Form of(Map<String, String> typed) {
        Map<String, String> values = new LinkedHashMap<>();
        typed.forEach((name, value) -> values.put(name, value == null ? "" : value));
        return new Form(values, new LinkedHashMap<>(), new ArrayList<>());
    }

    /** One input: its name, an id safe in CSS selectors, the value typed and the error to show beside it. */
    public record Field(String name, String id, String value, String error) {

        public boolean invalid() {
            return error != null;
        }

        public String errorId() {
            return id + "-error";
        }

        /** For a select or radio: whether {@code option} is the value chosen. */
        public boolean is(String option) {
            return value.equals(option);
        }
    }

    public Field field(String name) {
        return new Field(name, idOf(name), value(name), errors.get(name));
    }

    /** An input of a repeated group's row: {@code item("scoring.modules", 1, "maxMark")} is {@code scoring.modules[1].maxMark}. */
    public Field item(String group, int row, String name) {
        return field(group + "[" + row + "]." + name);
    }

    /** The value typed, stripped; empty if nothing. */
    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value.strip();
    }

    public boolean blank(String name) {
        return value(name).isEmpty();
    }

    /** The rows of a repeated group present in the form, in order ({@code scoring.modules[0].code}, …). */
    public List<Integer> rows(String group) {
        Pattern row = Pattern.compile(Pattern.quote(group) + "\\[(\\d{1,3})]\\..+");
        TreeSet<Integer> found = new TreeSet<>();
        for (String name : values.keySet()) {
            Matcher m = row.matcher(name);
            if (m.matches()) {
                found.add(Integer.parseInt(m.group(1)));
            }
        }
        return List.copyOf(found);
    }

    /** The same values with one more (empty) row of {@code group}, numbered after the last. */
    public Form withRow(String group, String... names) {
        List<Integer> rows = rows(group);
        int next = rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1;
        Map<String, String> more = new LinkedHashMap<>(values);
        for (String name : names) {
            more.put(group + "[" + next + "]." + name, "");
        }
        return new Form(more, new LinkedHashMap<>(errors), new ArrayList<>(general));
    }

    /**
     * The same values with a service's refusal placed on them: each error on the input {@code inputOf}
     * names (first message per input) or on one of {@code groups} (a fieldset: {@code scoring.modules}),
     * the others (no field, or one the form has no input for) above the form.
     */
    public Form refused(Problem problem, Function<String, String> inputOf, String... groups) {
        List<String> places = List.of(groups);
        Map<String, String> placed = new LinkedHashMap<>(errors);
        List<String> above = new ArrayList<>(general);
        for (Problem.FieldError error : problem.errors()) {
            String text = ErrorWords.say(error);
            String input = error.field() == null ? null : inputOf.apply(error.field());
            if (input != null && (values.containsKey(input) || places.contains(input))) {
                placed.putIfAbsent(input, text);
            } else {
                above.add(error.field() == null ? text : error.field() + ": " + text);
            }
        }
        if (problem.errors().isEmpty()) {
            above.add(problem.summary());
        }
        return new Form(values, placed, above);
    }

    /** The same values with a message of the console's own above the form. */
    public Form withMessage(String message) {
        List<String> above = new ArrayList<>(general);
        above.add(message);
        return new Form(values, new LinkedHashMap<>(errors), above);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !general.isEmpty();
    }

    /** Errors by input name, for tests and for counting. */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** Messages that belong to no single input. */
    public List<String> general() {
        return Collections.unmodifiableList(general);
    }

    /** {@code scoring.modules[1].maxMark} → {@code f-scoring-modules-1-maxMark}: an id CSS can select without escapes. */
    static String idOf(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }
}

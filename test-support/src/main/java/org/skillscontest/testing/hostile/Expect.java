package org.skillscontest.testing.hostile;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What must come back for a hostile request: one of {@code statuses} (each 4xx), as problem+json with
 * {@code status} and {@code title} (unless {@code problem} is false); a 400 names one of {@code fields}
 * in {@code errors[].field} (exactly, or as a prefix of a deeper field when {@code prefix}).
 */
public record Expect(Set<Integer> statuses, Set<String> fields, boolean prefix, boolean problem) {

    public Expect {
        // sorted, so that what is expected reads the same in every run
        statuses = Collections.unmodifiableSortedSet(new TreeSet<>(statuses));
        fields = Collections.unmodifiableSortedSet(new TreeSet<>(fields));
        if (statuses.stream().anyMatch(s -> s < 400 || s > 499)) {
            throw new IllegalArgumentException("a hostile request is refused with a 4xx, not " + statuses);
        }
    }

    public static Expect status(Integer... statuses) {
        return new Expect(Set.of(statuses), Set.of(), false, true);
    }

    /** A 400 naming the field. */
    public static Expect invalid(String field) {
        return new Expect(Set.of(400), Set.of(field), false, true);
    }

    public Expect orStatus(Integer... more) {
        Set<Integer> all = new TreeSet<>(statuses);
        all.addAll(Set.of(more));
        return new Expect(all, fields, prefix, problem);
    }

    public Expect naming(String... more) {
        Set<String> all = new TreeSet<>(fields);
        all.addAll(Set.of(more));
        return new Expect(statuses, all, prefix, problem);
    }

    /** A deeper field counts too: {@code modules} is named by {@code modules.route} or {@code modules[0]}. */
    public Expect orDeeper() {
        return new Expect(statuses, fields, true, problem);
    }

    /** A refusal the HTTP server itself answers, before any service code: no problem+json to expect. */
    public Expect plain() {
        return new Expect(statuses, fields, prefix, false);
    }

    boolean names(String field) {
        for (String expected : fields) {
            if (field.equals(expected) || prefix && (field.startsWith(expected + ".") || field.startsWith(expected + "[")
                    || field.startsWith(expected + "<"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return statuses + (fields.isEmpty() ? "" : " naming " + fields + (prefix ? " (or deeper)" : ""));
    }
}

package org.skillscontest.deploy.faults;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's verdict: one row per fault, with what went wrong while it ran (and shortly after, while
 * the system recovered), and the dead letters written then against the poison records sent then.
 */
public final class FaultTable {

    /** How long after a fault is over its consequences are still charged to it (restarted consumers catching up). */
    static final Duration SETTLE = Duration.ofSeconds(30);
    static final String NO_FAULT = "no fault running (or not attributable)";

    /** One fault: its name and when it began and was over (the process back, the database up, …). */
    record Window(String fault, Instant start, Instant end) {
    }

    /** A row of the table. */
    public record Row(String fault, int lost, int doubled, int outOfOrder, int deadLetters, int poison) {

        boolean clean() {
            return lost == 0 && doubled == 0 && outOfOrder == 0 && deadLetters == poison;
        }
    }

    private final List<Row> rows;
    private final List<Finding> findings;
    private final List<String> notes;

    FaultTable(List<Window> windows, List<Finding> findings, List<Instant> deadLetters, Map<String, Integer> poisonByFault,
               List<String> notes) {
        this.findings = findings;
        this.notes = notes;
        Map<String, int[]> cells = new LinkedHashMap<>();
        windows.forEach(w -> cells.put(w.fault(), new int[5]));
        cells.put(NO_FAULT, new int[5]);
        for (Finding f : findings) {
            cells.get(faultAt(windows, f.at()))[f.kind().ordinal()]++;
        }
        deadLetters.forEach(at -> cells.get(faultAt(windows, at))[3]++);
        poisonByFault.forEach((fault, n) -> cells.get(fault)[4] += n);
        List<Row> built = new ArrayList<>();
        cells.forEach((fault, c) -> built.add(new Row(fault, c[0], c[1], c[2], c[3], c[4])));
        this.rows = List.copyOf(built);
    }

    /** The fault whose window (and settling time) holds the instant; the latest begun wins. */
    static String faultAt(List<Window> windows, Instant at) {
        if (at == null) {
            return NO_FAULT;
        }
        String fault = NO_FAULT;
        for (Window w : windows) {
            if (!at.isBefore(w.start()) && !at.isAfter(w.end().plus(SETTLE))) {
                fault = w.fault();
            }
        }
        return fault;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Every cell 0 and the dead-letter topics holding exactly the poison. */
    public boolean passed() {
        return rows.stream().allMatch(Row::clean);
    }

    public int lost() {
        return rows.stream().mapToInt(Row::lost).sum();
    }

    public void print(PrintStream out) {
        int width = Math.max(40, rows.stream().mapToInt(r -> r.fault().length()).max().orElse(0));
        String format = "%-" + width + "s | %6s | %7s | %12s | %s%n";
        out.printf(format, "fault", "lost", "doubled", "out of order", "DLQ records vs poison sent");
        out.println("-".repeat(width) + "-+--------+---------+--------------+---------------------------");
        for (Row r : rows) {
            out.printf(format, r.fault(), r.lost(), r.doubled(), r.outOfOrder(), r.deadLetters() + " / " + r.poison()
                    + (r.deadLetters() == r.poison() ? "" : "   ≠"));
        }
        Row total = new Row("total", rows.stream().mapToInt(Row::lost).sum(), rows.stream().mapToInt(Row::doubled).sum(),
                rows.stream().mapToInt(Row::outOfOrder).sum(), rows.stream().mapToInt(Row::deadLetters).sum(),
                rows.stream().mapToInt(Row::poison).sum());
        out.println("-".repeat(width) + "-+--------+---------+--------------+---------------------------");
        out.printf(format, total.fault(), total.lost(), total.doubled(), total.outOfOrder(), total.deadLetters() + " / " + total.poison());
        notes.forEach(n -> out.println("  " + n));
        if (!findings.isEmpty()) {
            out.println("First findings:");
            findings.stream().limit(15).forEach(f -> out.println("  " + f.kind() + " " + (f.at() == null ? "" : "@" + f.at() + " ") + f.what()));
            if (findings.size() > 15) {
                out.println("  … and " + (findings.size() - 15) + " more");
            }
        }
        out.println(passed() ? "PASSED: nothing lost, doubled or reordered; the dead-letter topics hold exactly the poison"
                : "FAILED: see the cells that are not 0 (and DLQ ≠ poison)");
    }
}

package org.skillscontest.deploy.dlq;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code ./pipeline dlq list [TOPIC]} and {@code ./pipeline dlq replay TOPIC [--id ID]}: what is on the
 * dead-letter topics and why, and sending it back to the consumers once its cause is fixed.
 */
public final class DeadLetterCommand {

    private static final int EXCERPT = 80;

    private final DeadLetterTopics topics;
    private final DeadLetterReplay replay;
    private final PrintStream out;

    public DeadLetterCommand(String bootstrapServers, PrintStream out) {
        this.topics = new DeadLetterTopics(bootstrapServers);
        this.replay = new DeadLetterReplay(bootstrapServers);
        this.out = out;
    }

    /** Lists one dead-letter topic, or all of them; returns how many records they hold. */
    public int list(String topic) {
        List<String> names = topic == null ? DeadLetterTopics.all() : List.of(DeadLetterTopics.deadLetterTopicOf(topic));
        Map<String, List<DeadLetter>> read = topics.read(names);
        int total = 0;
        for (var entry : read.entrySet()) {
            List<DeadLetter> letters = entry.getValue();
            total += letters.size();
            if (letters.isEmpty() && topic == null) {
                continue; // with every topic listed, only those that hold something
            }
            out.printf("%s: %d record(s)%n", entry.getKey(), letters.size());
            for (DeadLetter d : letters) {
                out.printf("  %d/%d  ce_id=%s  ce_type=%s  key=%s  from %s %s%n", d.partition(), d.offset(), d.ceId(), d.ceType(),
                        d.keyText(), d.originTopic(), d.origin());
                out.printf("      reason: %s%s%n", d.reason(), d.cause() == null ? "" : "  (cause: " + d.cause() + ")");
                out.printf("      value:  %s%n", d.excerpt(EXCERPT));
            }
        }
        out.printf("%d dead letter(s) in %s%n", total, topic == null ? "all dead-letter topics" : names.get(0));
        return total;
    }

    /** Sends the dead letters of {@code topic} (only the one with ce_id {@code id}, if given) back; returns how many. */
    public int replay(String topic, String id) {
        String dlq = DeadLetterTopics.deadLetterTopicOf(topic);
        List<DeadLetter> letters = topics.read(List.of(dlq)).get(dlq).stream()
                .filter(d -> id == null || id.equals(d.ceId())).toList();
        if (id != null && letters.isEmpty()) {
            throw new IllegalArgumentException("no record with ce_id " + id + " on " + dlq);
        }
        int sent = replay.replay(letters);
        out.printf("replayed %d record(s) from %s to %s (same key, value and ce_id; consumers ignore an id they processed)%n",
                sent, dlq, letters.stream().map(DeadLetter::originTopic).distinct().toList());
        return sent;
    }
}

package org.skillscontest.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.skillscontest.contracts.Topic;

/**
 * Many events of one topic in one outbox row: one line per event, {@code id TAB key TAB subject TAB
 * value}. Compact JSON has no raw tabs or line breaks (JSON escapes them inside strings), and keys
 * and subjects are codes and ids, so the format needs no quoting.
 */
final class OutboxBundle {

    /** Events per row: a 5,000-row intake writes five rows, and the relay's batches stay bounded. */
    static final int MAX_EVENTS = 1000;

    /** One event of a bundle, as the relay publishes it. */
    record Line(UUID id, String key, String subject, String value) {
    }

    private final Topic topic;
    private final List<Line> lines = new ArrayList<>();

    OutboxBundle(Topic topic) {
        this.topic = topic;
    }

    Topic topic() {
        return topic;
    }

    void add(UUID id, String key, String subject, String value) {
        if (isFull()) {
            throw new IllegalStateException("a bundle holds at most " + MAX_EVENTS + " events");
        }
        requirePlain(key, "key");
        requirePlain(subject, "subject");
        requirePlain(value, "value");
        lines.add(new Line(id, key, subject, value));
    }

    boolean isFull() {
        return lines.size() >= MAX_EVENTS;
    }

    int size() {
        return lines.size();
    }

    /** The only event of a bundle of one, written as an ordinary row. */
    Line single() {
        return lines.get(0);
    }

    String payload() {
        StringBuilder text = new StringBuilder(lines.stream().mapToInt(l -> l.value().length() + 64).sum());
        for (Line l : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(l.id()).append('\t').append(l.key() == null ? "" : l.key()).append('\t')
                    .append(l.subject() == null ? "" : l.subject()).append('\t').append(l.value());
        }
        return text.toString();
    }

    /** The events of a stored bundle, in order. */
    static List<Line> read(String payload) {
        List<Line> events = new ArrayList<>();
        int from = 0;
        while (from < payload.length()) {
            int end = payload.indexOf('\n', from);
            if (end < 0) {
                end = payload.length();
            }
            int a = payload.indexOf('\t', from);
            int b = payload.indexOf('\t', a + 1);
            int c = payload.indexOf('\t', b + 1);
            if (a < 0 || b < 0 || c < 0 || c > end) {
                throw new IllegalStateException("malformed outbox bundle line at offset " + from);
            }
            String key = payload.substring(a + 1, b);
            String subject = payload.substring(b + 1, c);
            events.add(new Line(UUID.fromString(payload.substring(from, a)), key.isEmpty() ? null : key,
                    subject.isEmpty() ? null : subject, payload.substring(c + 1, end)));
            from = end + 1;
        }
        return events;
    }

    private static void requirePlain(String text, String what) {
        if (text != null && (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("an outbox bundle's " + what + " may not contain a tab or line break");
        }
    }
}

package org.skillscontest.subscriber;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents attributes of a record in binary mode: the {@code ce_*} headers, the value being the
 * event's data. The publishers set {@code ce_id} (the event's id, the same on every redelivery and replay),
 * {@code ce_type} (the topic's name), {@code ce_source} (/registration-service …), {@code ce_specversion}
 * (1.0), {@code ce_time}, and {@code ce_subject} where the event has one.
 */
public record CloudEvent(String id, String type, String source, String specVersion, String time, String subject) {

    static final String SPEC_VERSION = "1.0";

    /** Reads and checks the attributes every event of the contract carries; a record without them is refused. */
    static CloudEvent of(ConsumerRecord<?, ?> record) throws Rejected {
        Headers headers = record.headers();
        CloudEvent event = new CloudEvent(header(headers, "ce_id"), header(headers, "ce_type"), header(headers, "ce_source"),
                header(headers, "ce_specversion"), header(headers, "ce_time"), header(headers, "ce_subject"));
        if (isBlank(event.id())) {
            // without an id the record cannot be deduplicated: processing it could apply it twice
            throw new Rejected("no ce_id header");
        }
        if (!SPEC_VERSION.equals(event.specVersion())) {
            throw new Rejected("ce_specversion is " + event.specVersion() + ", expected " + SPEC_VERSION);
        }
        if (!record.topic().equals(event.type())) {
            throw new Rejected("ce_type " + event.type() + " does not match the topic " + record.topic());
        }
        if (isBlank(event.source())) {
            throw new Rejected("no ce_source header");
        }
        String contentType = header(headers, "content-type");
        if (contentType != null && !contentType.startsWith("application/json")) {
            throw new Rejected("content-type is " + contentType + ", expected application/json");
        }
        return event;
    }

    /** The last value of a header, as UTF-8 text; null when absent. */
    static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

package org.skillscontest.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.demo.TopicAudit;
import org.skillscontest.deploy.stack.TraceCollector;
import org.skillscontest.deploy.stack.TraceCollector.ExportedSpan;

/**
 * One trace runs from a federation's intake to the promotion and the registration one level up
 * (issue 16). On the topics: every promotion carries the trace of its entrant's registration, every
 * entry registered by promotion the trace of that promotion, so a finalist's whole pathway is one
 * trace. In the collector: the spans of that journey from the three hops, the promotion's span
 * linked to the trace of the lock that set it off.
 */
final class TracesOnTopics {

    private TracesOnTopics() {
    }

    static void check(TopicAudit.Result audit, TraceCollector collector, String hero, Path shown) {
        Map<String, String> registrationTrace = new HashMap<>();
        for (ConsumerRecord<String, String> r : audit.of(Topic.ENTRY_REGISTERED)) {
            registrationTrace.put(json(r).get("entryId").asText(), TraceCollector.traceId(r));
        }
        Map<String, String> promotionTrace = new HashMap<>();
        String heroTrace = null;
        for (ConsumerRecord<String, String> r : audit.of(Topic.ENTRANT_PROMOTED)) {
            JsonNode promotion = json(r);
            String entry = promotion.get("from").get("entryId").asText();
            assertThat(TraceCollector.traceId(r)).as("the trace of promotion %s", promotion.get("promotionId").asText())
                    .isNotNull().isEqualTo(registrationTrace.get(entry));
            promotionTrace.put(promotion.get("promotionId").asText(), TraceCollector.traceId(r));
            if (r.key().equals(hero) && promotion.get("from").get("level").asText().equals("CITY")) {
                heroTrace = TraceCollector.traceId(r);
            }
        }
        int promotedEntries = 0;
        for (ConsumerRecord<String, String> r : audit.of(Topic.ENTRY_REGISTERED)) {
            JsonNode entry = json(r);
            if (entry.hasNonNull("promotionId")) {
                promotedEntries++;
                assertThat(TraceCollector.traceId(r)).as("the trace of the entry registered by promotion %s", entry.get("promotionId").asText())
                        .isEqualTo(promotionTrace.get(entry.get("promotionId").asText()));
            }
        }
        assertThat(promotedEntries).isPositive();
        assertThat(heroTrace).as("the hero's city promotion").isNotNull();

        // the collector holds the journey: the intake request, a promotion made in ranking, its registration one level up
        String trace = heroTrace;
        Api.await("the hero's journey exported as one trace", Duration.ofSeconds(60), Duration.ofMillis(500), () -> {
            List<ExportedSpan> spans = collector.trace(trace);
            return spans.stream().anyMatch(s -> s.service().equals("registration-service") && s.kind().equals("SERVER"))
                    && spans.stream().anyMatch(s -> s.service().equals("ranking-service") && s.name().equals("promote entrant")
                            && s.linkedTraces().stream().anyMatch(t -> !t.equals(trace)))
                    && spans.stream().anyMatch(s -> s.service().equals("registration-service")
                            && s.name().equals("process " + Topic.ENTRANT_PROMOTED.topicName()));
        });
        String tree = collector.describe(trace);
        System.out.println("[e2e] the hero's journey, city intake to the national final, as one trace:\n" + tree);
        try {
            Files.writeString(shown, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return Api.JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

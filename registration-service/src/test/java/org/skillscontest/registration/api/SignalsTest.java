package org.skillscontest.registration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.skillscontest.platform.signals.Signal;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/**
 * Registration's signals: an entry registered by a federation and one registered from a promotion
 * count in {@code contest_entries_registered_total} under their event's level; and the promotion's
 * trace goes on into the entry-registered event registration writes for it (exports are off by
 * default, but the spans are made and the trace continues).
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class SignalsTest {

    private final Organiser organiser = new Organiser();

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void entriesCountByLevelAndAPromotionsTraceGoesOnIntoTheEntryItRegisters() throws Exception {
        String name = Signal.ENTRIES_REGISTERED.prometheusName();
        String fed = organiser.federation("krmy", "650203");
        String province = organiser.competition("xj", "PROVINCIAL", "650000", null);
        organiser.event(province, "rider", null).statusCode(201);
        String city = organiser.competition("krmy", "CITY", "650200", province);
        organiser.event(city, "rider", Map.of("competition", province, "event", "rider")).statusCode(201);
        double cityBefore = value(name, "CITY");
        double provinceBefore = value(name, "PROVINCIAL");

        Map<String, String> entrant = organiser.register(fed, city, "rider", "热合曼·阿不都",
                People.idNumber("650203", LocalDate.of(1994, 6, 1), 11));
        await().atMost(Duration.ofSeconds(10)).until(() -> value(name, "CITY") == cityBefore + 1);

        String promotionId = UUID.randomUUID().toString();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "ranking.entrant-promoted.v1".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/test".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        Topics.companion().produceStrings().fromRecords(new ProducerRecord<>("ranking.entrant-promoted.v1", null,
                entrant.get("personId"), """
                {"promotionId":"%s","personId":"%s","maskedIdNumber":"650203********0011","name":"x","federation":"f",
                 "from":{"competition":"%s","event":"rider","level":"CITY","entryId":"%s","place":1,"total":95.5,"award":"GOLD"},
                 "to":{"competition":"%s","event":"rider","level":"PROVINCIAL"}}"""
                .formatted(promotionId, entrant.get("personId"), city, entrant.get("entryId"), province), headers))
                .awaitCompletion(Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(30)).until(() -> value(name, "PROVINCIAL") == provinceBefore + 1);
        assertThat(value(name, "CITY")).isEqualTo(cityBefore + 1);
        ConsumerRecord<String, String> registered = Topics.find("registration.entry-registered.v1",
                r -> r.value().contains(promotionId));
        // the same trace, from the span that handled the promotion (exports off by default: spans are made, not sent)
        assertThat(Topics.header(registered, "traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .isNotEqualTo(traceparent);
    }

    /** The series' value (an exemplar, {@code # {trace_id=...} ...}, may follow it: the trace that last moved it). */
    private double value(String name, String level) throws Exception {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*level=\"" + level + "\"[^}]*} (\\S+)").matcher(text);
        assertThat(m.find()).as("%s{level=%s} in the scrape: %s", name, level,
                text.lines().filter(l -> l.contains("contest")).toList()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}

package org.skillscontest.platform.signals;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@link Signal#CONSUMER_LAG}: per topic an incoming channel reads, how many records its consumer
 * group has not yet committed, summed over the topic's partitions (end offset minus the group's
 * committed offset, or minus the log start where the group never committed). The committed offset
 * moves only once a record is applied or on its dead-letter topic, so a consumer stuck on a record
 * (the database away) shows as lag, which the consumer's own fetch lag would not. Read from the broker
 * by an admin client every few seconds, not per scrape; the figure is the group's, so every instance
 * shows the same (take the max over instances), and NaN while the broker cannot be asked.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final String INCOMING = "mp.messaging.incoming.";
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

    /** topic → consumer group, from the channels' configuration. */
    private final Map<String, String> groups;
    private final Map<String, Object> kafka;
    private final MeterRegistry registry;
    private final Map<String, Double> lag = new ConcurrentHashMap<>();
    private Admin admin;

    public ConsumerLag(@Identifier("default-kafka-broker") Map<String, Object> kafka, Config config, MeterRegistry registry,
                       @ConfigProperty(name = "quarkus.application.name") String service) {
        this.kafka = kafka;
        this.registry = registry;
        this.groups = groups(config, service);
    }

    /** The topics of the incoming channels ({@code mp.messaging.incoming.<channel>.topic}; a channel name has no dot) and their groups. */
    private static Map<String, String> groups(Config config, String service) {
        String connectorGroup = config.getOptionalValue("mp.messaging.connector.smallrye-kafka.group.id", String.class).orElse(service);
        Map<String, String> groups = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(INCOMING) && name.endsWith(".topic")
                    && name.indexOf('.', INCOMING.length()) == name.length() - ".topic".length()) {
                String channel = name.substring(INCOMING.length(), name.length() - ".topic".length());
                Optional<String> topic = config.getOptionalValue(name, String.class);
                String group = config.getOptionalValue(INCOMING + channel + ".group.id", String.class).orElse(connectorGroup);
                topic.ifPresent(t -> groups.put(t, group));
            }
        }
        return groups;
    }

    /** One gauge per topic read, from the start (NaN until the first reading). */
    void register(@Observes StartupEvent start) {
        for (String topic : groups.keySet()) {
            lag.put(topic, Double.NaN);
            Gauge.builder(Signal.CONSUMER_LAG.meterName(), lag, l -> l.getOrDefault(topic, Double.NaN))
                    .description("Records of the topic the service's consumer group has not yet committed (same figure on every instance)")
                    .tag("topic", topic)
                    .register(registry);
        }
    }

    @Scheduled(every = "${signals.consumer-lag.interval:15s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void read() {
        if (groups.isEmpty()) {
            return;
        }
        try {
            Admin a = admin();
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, Double> sums = new HashMap<>();
            for (Map.Entry<String, KafkaFuture<TopicDescription>> described : a.describeTopics(groups.keySet()).topicNameValues().entrySet()) {
                try {
                    TopicDescription t = described.getValue().get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    t.partitions().forEach(p -> partitions.add(new TopicPartition(t.name(), p.partition())));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw e;
                    }
                    sums.put(described.getKey(), 0.0); // not created yet: nothing to read
                }
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            partitions.forEach(tp -> {
                latest.put(tp, OffsetSpec.latest());
                earliest.put(tp, OffsetSpec.earliest());
            });
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = a.listOffsets(latest).all()
                    .get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = a.listOffsets(earliest).all()
                    .get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
            for (String group : new java.util.HashSet<>(groups.values())) {
                Map<TopicPartition, OffsetAndMetadata> offsets = a.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                offsets.forEach((tp, o) -> {
                    if (o != null && group.equals(groups.get(tp.topic()))) {
                        committed.put(tp, o);
                    }
                });
            }
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata done = committed.get(tp);
                long from = done != null ? done.offset() : starts.get(tp).offset();
                sums.merge(tp.topic(), (double) Math.max(0, ends.get(tp).offset() - from), Double::sum);
            }
            groups.keySet().forEach(topic -> lag.put(topic, sums.getOrDefault(topic, Double.NaN)));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.debugf("consumer lag not read: %s", e.toString());
            groups.keySet().forEach(topic -> lag.put(topic, Double.NaN));
        }
    }

    private Admin admin() {
        if (admin == null) {
            // only the admin client's own settings: the shared kafka.* map also holds consumer and producer ones
            Map<String, Object> settings = new HashMap<>();
            kafka.forEach((k, v) -> {
                if (AdminClientConfig.configNames().contains(k)) {
                    settings.put(k, v);
                }
            });
            settings.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag");
            admin = Admin.create(settings);
        }
        return admin;
    }

    synchronized void stop(@Observes ShutdownEvent stop) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}

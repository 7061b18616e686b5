package org.skillscontest.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.skillscontest.contracts.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A downstream system's consumer of promotions (for the next level's organisers and skill certification)
 * and honour recommendations (for the honours office), done the way the contract expects:
 * <ol>
 *   <li>reads the CloudEvents headers and refuses a record without an id or of another type;</li>
 *   <li>validates the value against its topic's JSON Schema from the contract;</li>
 *   <li>applies it once: the ce_id and the effect commit in one transaction of its own database
 *       ({@link Inbox}), so redeliveries and replays change nothing, across restarts;</li>
 *   <li>sends what it can never process to its own dead-letter topic with the reason;</li>
 *   <li>commits the offsets only after the records are applied or dead-lettered (at least once);
 *       when its database is down it retries the same record rather than skipping it.</li>
 * </ol>
 * Run it with {@link #start()}, stop it with {@link #close()}.
 */
public final class Subscriber implements AutoCloseable {

    /** The topics a certification or honours office consumes. */
    public static final List<Topic> TOPICS = List.of(Topic.ENTRANT_PROMOTED, Topic.HONOUR_RECOMMENDED);

    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    /**
     * How to reach Kafka and the subscriber's database. {@code replayFrom}, if given, moves the group's
     * position on every assigned partition back (or forward) to the first record at or after that time, once
     * at start; with the dedupe that is safe, and it rebuilds whatever the database lost.
     */
    public record Settings(String bootstrapServers, String groupId, String deadLetterTopic, String jdbcUrl, String jdbcUser,
                           String jdbcPassword, Optional<Instant> replayFrom) {

        public static final String DEFAULT_GROUP = "reference-subscriber";

        public Settings withReplayFrom(Instant from) {
            return new Settings(bootstrapServers, groupId, deadLetterTopic, jdbcUrl, jdbcUser, jdbcPassword, Optional.of(from));
        }
    }

    private final Settings settings;
    private final Schemas schemas = new Schemas(TOPICS);
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    public Subscriber(Settings settings) {
        this.settings = settings;
    }

    /** Starts consuming on a thread of its own. */
    public synchronized Subscriber start() {
        Map<String, Object> kafka = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        DeadLetters.ensureTopic(kafka, settings.deadLetterTopic());
        try (Inbox inbox = new Inbox(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword())) {
            inbox.createTables();
        }
        thread = new Thread(this::run, settings.groupId());
        thread.start();
        return this;
    }

    /** Waits until the subscriber stopped (closed, or failed beyond retrying). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Records applied, redeliveries ignored, records dead-lettered since start. */
    public long processed() {
        return processed.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    private void run() {
        Map<String, Object> kafka = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"); // committed by hand, after processing
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"); // a new subscriber reads every event there is
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             Inbox inbox = new Inbox(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
             DeadLetters deadLetters = new DeadLetters(kafka, settings.deadLetterTopic(), settings.groupId())) {
            consumer = c;
            c.subscribe(TOPICS.stream().map(Topic::topicName).toList(), new Replay(c));
            LOG.info("{} consuming {} (dead letters to {})", settings.groupId(), TOPICS.stream().map(Topic::topicName).toList(),
                    settings.deadLetterTopic());
            while (running) {
                pass(c, c.poll(Duration.ofMillis(500)), inbox, deadLetters);
            }
        } catch (WakeupException e) {
            // close() woke the consumer: stop
        } catch (RuntimeException e) {
            LOG.error("{} stopped: {}", settings.groupId(), e.toString(), e);
        } finally {
            consumer = null;
            LOG.info("{} stopped: {} applied, {} redeliveries ignored, {} dead-lettered", settings.groupId(), processed, duplicates,
                    deadLettered);
            stopped.countDown();
        }
    }

    /**
     * Applies one poll's records partition by partition, then commits what was done. When the database or the
     * dead-letter topic cannot be written, the partition goes back to the failed record, to be tried again.
     */
    private void pass(KafkaConsumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> records, Inbox inbox, DeadLetters deadLetters) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean retry = false;
        for (TopicPartition tp : records.partitions()) {
            for (ConsumerRecord<byte[], byte[]> record : records.records(tp)) {
                try {
                    handle(record, inbox, deadLetters);
                    done.put(tp, new OffsetAndMetadata(record.offset() + 1));
                } catch (Inbox.Unavailable | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    LOG.warn("{}: cannot process {}-{}@{} now, retrying in {}: {}", settings.groupId(), record.topic(),
                            record.partition(), record.offset(), RETRY_AFTER, e.getMessage());
                    c.seek(tp, record.offset());
                    retry = true;
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    c.seek(tp, record.offset());
                    running = false;
                    break;
                }
            }
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
        if (retry) {
            sleep(RETRY_AFTER);
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record, Inbox inbox, DeadLetters deadLetters)
            throws java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException, InterruptedException {
        try {
            CloudEvent event = CloudEvent.of(record);
            JsonNode value = schemas.read(record.topic(), record.value());
            if (inbox.accept(event, record, value) == Inbox.Outcome.PROCESSED) {
                processed.incrementAndGet();
                LOG.debug("applied {} {}", event.type(), event.id());
            } else {
                duplicates.incrementAndGet();
                LOG.debug("ignored {} {}: applied before", event.type(), event.id());
            }
        } catch (Rejected reason) {
            deadLetters.send(record, reason);
            deadLettered.incrementAndGet();
            LOG.warn("{}: {}-{}@{} sent to {}: {}", settings.groupId(), record.topic(), record.partition(), record.offset(),
                    deadLetters.topic(), reason.getMessage());
        }
    }

    /** Moves to {@link Settings#replayFrom} on the partitions assigned first; later rebalances keep the committed positions. */
    private final class Replay implements ConsumerRebalanceListener {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final Set<TopicPartition> replayed = new HashSet<>();

        Replay(KafkaConsumer<byte[], byte[]> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (settings.replayFrom().isEmpty()) {
                return;
            }
            long from = settings.replayFrom().get().toEpochMilli();
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.stream().filter(replayed::add).forEach(tp -> query.put(tp, from));
            if (query.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
            Map<TopicPartition, Long> ends = consumer.endOffsets(query.keySet());
            for (TopicPartition tp : query.keySet()) {
                OffsetAndTimestamp at = found.get(tp);
                long offset = at == null ? ends.get(tp) : at.offset(); // nothing that late: the end
                consumer.seek(tp, offset);
                LOG.info("{}: replaying {} from offset {} ({})", settings.groupId(), tp, offset, settings.replayFrom().get());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing pending: each poll's records are committed before the next poll
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Stops after the record in hand. A record applied but not yet committed is read again on the next start
     * and ignored as a redelivery (its ce_id is in the inbox).
     */
    @Override
    public void close() {
        running = false;
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            if (thread != null && !stopped.await(30, TimeUnit.SECONDS)) {
                LOG.warn("{} did not stop within 30 s", settings.groupId());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

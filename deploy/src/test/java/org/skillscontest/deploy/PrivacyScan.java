package org.skillscontest.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads every record of every topic (contract topics, dead-letter topics, whatever else is there) and
 * every line of the services' logs, and finds ID numbers and mobile numbers in clear: any 18-character
 * resident ID number whose birth date and check character are valid, any mainland mobile number, and
 * the exact values it is given (ID numbers an auditor read whole from the API, so that the scan is seen
 * to look for numbers that really exist). Only the masked forms may appear.
 */
final class PrivacyScan {

    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])");
    // like ID_NUMBER, not inside a word: eleven digits within a hex digest (idNumberDigest) or a UUID are no phone number
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    record Finding(String where, String value) {
    }

    record Result(int topics, long records, long logLines, List<Finding> findings) {
    }

    private PrivacyScan() {
    }

    static Result run(String bootstrapServers, Collection<Path> logs, Set<String> known) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Long> perTopic = readEveryTopic(bootstrapServers, (where, text) -> findings.addAll(find(where, text, known)));
        long lines = 0;
        for (Path log : logs) {
            List<String> all = readLines(log);
            for (int i = 0; i < all.size(); i++) {
                findings.addAll(find(log.getFileName() + ":" + (i + 1), all.get(i), known));
            }
            lines += all.size();
        }
        return new Result(perTopic.size(), perTopic.values().stream().mapToLong(Long::longValue).sum(), lines, findings);
    }

    /** The numbers in clear in {@code text}: valid ID numbers, mobile numbers and any of {@code known}. */
    static List<Finding> find(String where, String text, Set<String> known) {
        List<Finding> found = new ArrayList<>();
        Matcher id = ID_NUMBER.matcher(text);
        while (id.find()) {
            if (checkCharacterHolds(id.group())) {
                found.add(new Finding(where, id.group()));
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            found.add(new Finding(where, mobile.group()));
        }
        for (String value : known) {
            if (text.contains(value) && found.stream().noneMatch(f -> f.value().equals(value))) {
                found.add(new Finding(where, value));
            }
        }
        return found;
    }

    /** GB 11643's check character (ISO 7064 MOD 11-2): an 18-digit number that fails it is not an ID number. */
    static boolean checkCharacterHolds(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }

    private interface Sink {
        void accept(String where, String text);
    }

    /** Every record of every non-internal topic from the start: key, value and every header. */
    private static Map<String, Long> readEveryTopic(String bootstrapServers, Sink sink) {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Map<TopicPartition, Long> ends = new HashMap<>();
        try (Admin client = Admin.create(admin)) {
            Set<String> topics = client.listTopics().names().get();
            try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
                List<TopicPartition> partitions = new ArrayList<>();
                topics.forEach(t -> consumer.partitionsFor(t).forEach(p -> partitions.add(new TopicPartition(t, p.partition()))));
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                ends.putAll(consumer.endOffsets(partitions));
                Map<String, Long> perTopic = new HashMap<>();
                topics.forEach(t -> perTopic.put(t, 0L));
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the topics were not read to their end within 2 minutes");
                    }
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        String where = r.topic() + "@" + r.partition() + ":" + r.offset();
                        sink.accept(where + " key", text(r.key()));
                        sink.accept(where + " value", text(r.value()));
                        for (Header h : r.headers()) {
                            sink.accept(where + " header " + h.key(), text(h.value()));
                        }
                        perTopic.merge(r.topic(), 1L, Long::sum);
                    }
                }
                return perTopic;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "privacy-scan-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> readLines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            // a log with bytes that are not UTF-8 is read as Latin-1: the digits are the same
            try {
                return Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }
}

package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.skillscontest.contracts.Topic;

/**
 * A real Kafka broker (KRaft, broker and controller in one) run from the Kafka release's own jars,
 * as its own process: the storage is formatted once, then {@code kafka.Kafka} runs it.
 */
final class KafkaServer {

    static final int PARTITIONS = 3;

    private final ManagedProcess process;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;

    KafkaServer(Path stateDir, int port, int controllerPort) {
        this.process = new ManagedProcess("kafka", stateDir);
        this.dataDir = stateDir.resolve("kafka");
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    ManagedProcess process() {
        return process;
    }

    void start(String classpath) {
        if (process.alive()) {
            return;
        }
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "the Kafka controller");
        try {
            Path config = dataDir.resolve("server.properties");
            Path logs = dataDir.resolve("data");
            boolean formatted = Files.exists(logs.resolve("meta.properties"));
            Files.createDirectories(logs);
            Properties p = new Properties();
            p.putAll(Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", "1"),
                    Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                    Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                    Map.entry("controller.listener.names", "CONTROLLER"),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                    Map.entry("log.dirs", logs.toAbsolutePath().toString()),
                    Map.entry("num.partitions", Integer.toString(PARTITIONS)),
                    Map.entry("offsets.topic.replication.factor", "1"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("group.initial.rebalance.delay.ms", "0"),
                    Map.entry("auto.create.topics.enable", "true")));
            try (var out = Files.newBufferedWriter(config)) {
                p.store(out, "local stack broker, written by ./pipeline");
            }
            String java = ServiceProcess.javaExecutable();
            if (!formatted) {
                Process format = new ProcessBuilder(java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                        "-t", Uuid.randomUuid().toString(), "-c", config.toAbsolutePath().toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("format.log").toFile()))
                        .start();
                if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                    throw new IllegalStateException("formatting Kafka storage failed; see " + dataDir.resolve("format.log"));
                }
            }
            process.start(List.of(java, "-Xmx512m", "-cp", classpath, "kafka.Kafka", config.toAbsolutePath().toString()),
                    dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Kafka in " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Forgets every record and the cluster id; refuses while the broker runs. */
    void deleteData() {
        if (process.alive()) {
            throw new IllegalStateException("Kafka is running; stop it before deleting its data");
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing to delete
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + dataDir, e);
        }
    }

    /** Waits until the broker answers, then creates every contract topic and its dead-letter topic. */
    void awaitReadyAndCreateTopics(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.alive()) {
                throw new IllegalStateException("Kafka exited; its log ends:\n" + process.logTail(30));
            }
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
                List<NewTopic> missing = new ArrayList<>();
                for (Topic t : Topic.values()) {
                    for (String name : List.of(t.topicName(), t.deadLetterTopic())) {
                        if (!existing.contains(name)) {
                            missing.add(new NewTopic(name, PARTITIONS, (short) 1));
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
                }
                return;
            } catch (Exception e) {
                last = new IllegalStateException(e.getMessage(), e);
                sleep(500);
            }
        }
        throw new IllegalStateException("Kafka did not become ready in " + timeout + "; its log ends:\n"
                + process.logTail(30), last);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

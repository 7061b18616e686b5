package org.skillscontest.deploy.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.skillscontest.contracts.Topic;

/**
 * The stack's Kafka: one node, or several whose controllers form one KRaft quorum. With three or more
 * nodes every topic (the contract's, their dead-letter topics, and Kafka's own offsets and transaction
 * state) keeps three replicas and accepts a write once two hold it, so one node may die without losing
 * an acknowledged record or stopping producers.
 */
public final class KafkaCluster {

    static final int PARTITIONS = 3;

    private final List<KafkaNode> nodes = new ArrayList<>();
    private String classpath;

    KafkaCluster(Path stateDir, List<StackSettings.BrokerPorts> ports) {
        for (int i = 0; i < ports.size(); i++) {
            // one node keeps the single broker's names (kafka, kafka.log) of stacks before the cluster
            String name = ports.size() == 1 ? "kafka" : "kafka-" + (i + 1);
            nodes.add(new KafkaNode(i + 1, name, ports.get(i), stateDir));
        }
    }

    public List<KafkaNode> nodes() {
        return List.copyOf(nodes);
    }

    public String bootstrapServers() {
        return nodes.stream().map(KafkaNode::address).collect(Collectors.joining(","));
    }

    int replicationFactor() {
        return Math.min(3, nodes.size());
    }

    int minInSyncReplicas() {
        return nodes.size() >= 3 ? 2 : 1;
    }

    /** Starts every node not running yet; all share one cluster id. */
    void start(String classpath) {
        this.classpath = classpath;
        String clusterId = nodes.stream().flatMap(n -> n.clusterId().stream()).findFirst().orElseGet(() -> Uuid.randomUuid().toString());
        nodes.forEach(n -> n.start(classpath, clusterId, settings()));
    }

    /** Starts a node again after {@link KafkaNode#kill} (it rejoins with its own storage). */
    public void restart(KafkaNode node) {
        if (classpath == null) {
            throw new IllegalStateException("the cluster was not started by this stack");
        }
        node.start(classpath, node.clusterId().orElseThrow(), settings());
    }

    void deleteData() {
        nodes.forEach(KafkaNode::deleteData);
    }

    boolean anyAlive() {
        return nodes.stream().anyMatch(KafkaNode::alive);
    }

    private Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("process.roles", "broker,controller");
        s.put("controller.quorum.voters", nodes.stream().map(KafkaNode::voter).collect(Collectors.joining(",")));
        s.put("controller.listener.names", "CONTROLLER");
        s.put("inter.broker.listener.name", "PLAINTEXT");
        s.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        s.put("num.partitions", Integer.toString(PARTITIONS));
        String replicas = Integer.toString(replicationFactor());
        String minIsr = Integer.toString(minInSyncReplicas());
        s.put("default.replication.factor", replicas);
        s.put("min.insync.replicas", minIsr);
        s.put("offsets.topic.replication.factor", replicas);
        s.put("transaction.state.log.replication.factor", replicas);
        s.put("transaction.state.log.min.isr", minIsr);
        s.put("group.initial.rebalance.delay.ms", "0");
        s.put("auto.create.topics.enable", "true");
        return s;
    }

    /**
     * Waits until every node has joined, then creates every contract topic and its dead-letter topic
     * (replicated as {@link #replicationFactor}, {@code min.insync.replicas} as {@link #minInSyncReplicas}).
     */
    void awaitReadyAndCreateTopics(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            for (KafkaNode n : nodes) {
                if (!n.alive()) {
                    throw new IllegalStateException(n.name() + " exited; its log ends:\n" + n.process().logTail(30));
                }
            }
            if (!allListening()) {
                // an admin client started before a node listens warns on each failed connection ("could not be established")
                Pause.millis(200);
                continue;
            }
            try (Admin admin = Admin.create(config)) {
                int joined = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
                if (joined < nodes.size()) {
                    throw new IllegalStateException(joined + " of " + nodes.size() + " Kafka nodes joined so far");
                }
                Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
                List<NewTopic> missing = new ArrayList<>();
                for (Topic t : Topic.values()) {
                    for (String name : List.of(t.topicName(), t.deadLetterTopic())) {
                        if (!existing.contains(name)) {
                            NewTopic topic = new NewTopic(name, PARTITIONS, (short) replicationFactor());
                            missing.add(nodes.size() == 1 ? topic
                                    : topic.configs(Map.of("min.insync.replicas", Integer.toString(minInSyncReplicas()))));
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
                }
                return;
            } catch (Exception e) {
                last = new IllegalStateException(e.getMessage(), e);
                Pause.millis(500);
            }
        }
        throw new IllegalStateException("Kafka did not become ready in " + timeout + "; the log of " + nodes.get(0).name()
                + " ends:\n" + nodes.get(0).process().logTail(30), last);
    }

    /** Whether every node accepts connections on its client port, so that a client reaches each at once. */
    private boolean allListening() {
        return nodes.stream().allMatch(KafkaNode::listening);
    }

    /** Waits until a restarted node is back in the cluster and has caught up on every partition it holds. */
    public void awaitInSync(Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!allListening()) {
                Pause.millis(200);
                continue;
            }
            try (Admin admin = Admin.create(config)) {
                Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                boolean inSync = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                        .flatMap(t -> t.partitions().stream()).allMatch(p -> p.isr().size() == p.replicas().size());
                if (inSync) {
                    return;
                }
            } catch (Exception e) {
                // not answering yet
            }
            Pause.millis(1000);
        }
        throw new IllegalStateException("Kafka's replicas were not in sync again after " + timeout);
    }
}

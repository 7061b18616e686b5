package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One node of the stack's Kafka cluster, broker and KRaft controller in one, run from the Kafka
 * release's own jars as its own process: its storage is formatted once (with the cluster's id), then
 * {@code kafka.Kafka} runs it.
 */
public final class KafkaNode {

    private final int id;
    private final StackSettings.BrokerPorts ports;
    private final ManagedProcess process;
    private final Path dataDir;

    KafkaNode(int id, String name, StackSettings.BrokerPorts ports, Path stateDir) {
        this.id = id;
        this.ports = ports;
        this.process = new ManagedProcess(name, stateDir);
        this.dataDir = stateDir.resolve(name);
    }

    public String name() {
        return process.name();
    }

    public String address() {
        return "127.0.0.1:" + ports.port();
    }

    public boolean alive() {
        return process.alive();
    }

    /** Whether the node accepts connections on its client port yet. */
    boolean listening() {
        return Ports.inUse(ports.port());
    }

    /** Kills the node at once (SIGKILL), as a crash would. */
    public void kill() {
        process.kill();
    }

    int id() {
        return id;
    }

    String voter() {
        return id + "@127.0.0.1:" + ports.controllerPort();
    }

    ManagedProcess process() {
        return process;
    }

    /** The cluster id this node's storage was formatted with, if it was. */
    Optional<String> clusterId() {
        Path meta = logs().resolve("meta.properties");
        if (!Files.exists(meta)) {
            return Optional.empty();
        }
        try (var in = Files.newBufferedReader(meta)) {
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("cluster.id"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + meta, e);
        }
    }

    /**
     * Writes the node's configuration, formats its storage with {@code clusterId} unless it was formatted
     * before, and starts it. {@code settings} are what every node of the cluster shares (quorum, replication).
     */
    void start(String classpath, String clusterId, Map<String, String> settings) {
        if (process.alive()) {
            return;
        }
        Ports.requireFree(ports.port(), name());
        Ports.requireFree(ports.controllerPort(), "the controller of " + name());
        try {
            Path config = dataDir.resolve("server.properties");
            boolean formatted = clusterId().isPresent();
            Files.createDirectories(logs());
            Properties p = new Properties();
            p.putAll(settings);
            p.putAll(Map.of(
                    "node.id", Integer.toString(id),
                    "listeners", "PLAINTEXT://127.0.0.1:" + ports.port() + ",CONTROLLER://127.0.0.1:" + ports.controllerPort(),
                    "advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports.port(),
                    "log.dirs", logs().toAbsolutePath().toString()));
            try (var out = Files.newBufferedWriter(config)) {
                p.store(out, "local stack Kafka node, written by ./pipeline");
            }
            String java = ServiceProcess.javaExecutable();
            if (!formatted) {
                Process format = new ProcessBuilder(java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                        "-t", clusterId, "-c", config.toAbsolutePath().toString())
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

    /** Forgets every record and the cluster id; refuses while the node runs. */
    void deleteData() {
        if (process.alive()) {
            throw new IllegalStateException(name() + " is running; stop it before deleting its data");
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing to delete
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + dataDir, e);
        }
    }

    private Path logs() {
        return dataDir.resolve("data");
    }
}

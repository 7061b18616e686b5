package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Where and how the local stack runs: its ports, one pair per Kafka node and one per service instance,
 * its state folder and PostgreSQL. The defaults are the contract's local ports; tests pass free ports,
 * a state folder of their own and a database prefix so that they never meet a running stack.
 */
public record StackSettings(Path repository, Path stateDir, List<BrokerPorts> brokers, Map<String, List<Integer>> servicePorts,
                            Postgres postgres, String databasePrefix, boolean freshDatabases) {

    public static final int PRIVATE_POSTGRES_PORT = 55432;

    /** On the default ports, the n-th Kafka node and the n-th instance of a service listen 100 above the one before. */
    private static final int PORT_STEP = 100;
    private static final Map<String, Integer> DEFAULT_SERVICE_PORTS = Map.of("registration", 8081, "scoring", 8082, "ranking", 8083);
    private static final String SCALE_FILE = "scale.properties";

    /** How many Kafka nodes (each broker and controller) and how many processes of each service. */
    public record Scale(int brokers, int instances) {

        public static final Scale SINGLE = new Scale(1, 1);

        public Scale {
            if (brokers < 1 || instances < 1) {
                throw new IllegalArgumentException("a stack needs at least one broker and one instance of each service");
            }
        }
    }

    /** One Kafka node's ports: clients on {@code port}, the KRaft controller quorum on {@code controllerPort}. */
    public record BrokerPorts(int port, int controllerPort) {
    }

    public StackSettings {
        brokers = List.copyOf(brokers);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        for (String s : LocalStack.SERVICES) {
            copy.put(s, List.copyOf(servicePorts.get(s)));
        }
        servicePorts = copy;
    }

    /** The contract's ports (Kafka 9092, services 8081–8083), one broker and one instance each. */
    public static StackSettings defaults(Path repository, boolean freshDatabases) {
        return defaults(repository, freshDatabases, Scale.SINGLE);
    }

    /**
     * The contract's ports for the first broker and instance (Kafka 9092/9093, services 8081–8083); further
     * ones 100 above (Kafka 9192/9193, 9292/9293; registration 8181, scoring 8182, ranking 8183).
     * PostgreSQL from the environment or a private cluster.
     */
    public static StackSettings defaults(Path repository, boolean freshDatabases, Scale scale) {
        Path state = repository.resolve("deploy").resolve(".stack");
        List<BrokerPorts> brokers = IntStream.range(0, scale.brokers())
                .mapToObj(i -> new BrokerPorts(9092 + i * PORT_STEP, 9093 + i * PORT_STEP)).toList();
        Map<String, List<Integer>> ports = new LinkedHashMap<>();
        for (String s : LocalStack.SERVICES) {
            ports.put(s, IntStream.range(0, scale.instances()).mapToObj(i -> DEFAULT_SERVICE_PORTS.get(s) + i * PORT_STEP).toList());
        }
        return new StackSettings(repository, state, brokers, ports, postgresFromEnvironment(state), "skills_", freshDatabases);
    }

    /** The default stack at the scale it was last started with (so that {@code ./pipeline down} stops all of it). */
    public static StackSettings lastStarted(Path repository) {
        Path file = repository.resolve("deploy").resolve(".stack").resolve(SCALE_FILE);
        Scale scale = Scale.SINGLE;
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file)) {
                Properties p = new Properties();
                p.load(in);
                scale = new Scale(Integer.parseInt(p.getProperty("brokers", "1")), Integer.parseInt(p.getProperty("instances", "1")));
            } catch (IOException | IllegalArgumentException e) {
                // an unreadable file: the stray-process sweep of stop() still finds every process
            }
        }
        return defaults(repository, false, scale);
    }

    /** Notes the scale in the state folder, for {@link #lastStarted}. */
    void rememberScale() {
        try {
            Files.createDirectories(stateDir);
            Properties p = new Properties();
            p.setProperty("brokers", Integer.toString(brokers.size()));
            p.setProperty("instances", Integer.toString(instances()));
            try (var out = Files.newBufferedWriter(stateDir.resolve(SCALE_FILE))) {
                p.store(out, "the scale the stack was last started with, for ./pipeline down");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + stateDir.resolve(SCALE_FILE), e);
        }
    }

    /**
     * For a run that starts and stops its own stack (the demo, a benchmark): the contract's ports when
     * they are free, otherwise free ones, so that another stack on the machine does not stop it.
     */
    public static StackSettings forOwnRun(Path repository) {
        return forOwnRun(repository, Scale.SINGLE);
    }

    public static StackSettings forOwnRun(Path repository, Scale scale) {
        StackSettings defaults = defaults(repository, true, scale);
        if (!defaults.allPorts().anyMatch(Ports::inUse)
                && !(defaults.postgres() instanceof PrivateCluster && Ports.inUse(PRIVATE_POSTGRES_PORT))) {
            return defaults;
        }
        Path state = repository.resolve("deploy").resolve(".stack").resolve("run-" + ProcessHandle.current().pid());
        Postgres postgres = System.getenv("PIPELINE_POSTGRES_URL") != null ? defaults.postgres()
                : PrivateCluster.in(state.resolve("postgres"), Ports.free());
        return onFreePorts(repository, state, postgres, "skills_", scale);
    }

    /** Whether these are the contract's local ports. */
    public boolean onDefaultPorts() {
        return servicePorts.get("registration").get(0) == 8081;
    }

    /** Free ports and a state folder of its own: for tests beside anything else on the machine. */
    public static StackSettings isolated(Path repository, Path stateDir, Postgres postgres, String databasePrefix) {
        return isolated(repository, stateDir, postgres, databasePrefix, Scale.SINGLE);
    }

    public static StackSettings isolated(Path repository, Path stateDir, Postgres postgres, String databasePrefix, Scale scale) {
        return onFreePorts(repository, stateDir, postgres, databasePrefix, scale);
    }

    /** Free ports, a state folder and a private PostgreSQL cluster of its own (which a test may stop and start). */
    public static StackSettings isolatedWithPrivatePostgres(Path repository, Path stateDir, String databasePrefix, Scale scale) {
        return onFreePorts(repository, stateDir, PrivateCluster.in(stateDir.resolve("postgres"), Ports.free()), databasePrefix, scale);
    }

    /** Whether PostgreSQL is the stack's own private cluster (which it may stop), not a server the user named. */
    public boolean ownsPostgres() {
        return postgres instanceof PrivateCluster;
    }

    public Scale scale() {
        return new Scale(brokers.size(), instances());
    }

    public int instances() {
        return servicePorts.get(LocalStack.SERVICES.get(0)).size();
    }

    private Stream<Integer> allPorts() {
        return Stream.concat(brokers.stream().flatMap(b -> Stream.of(b.port(), b.controllerPort())),
                servicePorts.values().stream().flatMap(List::stream));
    }

    private static StackSettings onFreePorts(Path repository, Path stateDir, Postgres postgres, String databasePrefix, Scale scale) {
        List<BrokerPorts> brokers = new ArrayList<>();
        for (int i = 0; i < scale.brokers(); i++) {
            brokers.add(new BrokerPorts(Ports.free(), Ports.free()));
        }
        Map<String, List<Integer>> ports = new LinkedHashMap<>();
        for (String s : LocalStack.SERVICES) {
            ports.put(s, IntStream.range(0, scale.instances()).mapToObj(i -> Ports.free()).toList());
        }
        return new StackSettings(repository, stateDir, brokers, ports, postgres, databasePrefix, true);
    }

    static Postgres postgresFromEnvironment(Path state) {
        String url = System.getenv("PIPELINE_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return Postgres.named(url, System.getenv().getOrDefault("PIPELINE_POSTGRES_USER", "postgres"),
                    System.getenv().getOrDefault("PIPELINE_POSTGRES_PASSWORD", ""));
        }
        return PrivateCluster.in(state.resolve("postgres"), PRIVATE_POSTGRES_PORT);
    }
}

package org.skillscontest.deploy.stack;

import java.nio.file.Path;

/**
 * Where and how the local stack runs. The defaults are the contract's local ports; tests pass free
 * ports, a state folder of their own and a database prefix so that they never meet a running stack.
 */
public record StackSettings(Path repository, Path stateDir, int kafkaPort, int kafkaControllerPort, int registrationPort,
                            int scoringPort, int rankingPort, Postgres postgres, String databasePrefix, boolean freshDatabases) {

    public static final int PRIVATE_POSTGRES_PORT = 55432;

    /** The contract's ports (Kafka 9092, services 8081–8083); PostgreSQL from the environment or a private cluster. */
    public static StackSettings defaults(Path repository, boolean freshDatabases) {
        Path state = repository.resolve("deploy").resolve(".stack");
        return new StackSettings(repository, state, 9092, 9093, 8081, 8082, 8083, postgresFromEnvironment(state),
                "skills_", freshDatabases);
    }

    /**
     * For a run that starts and stops its own stack (the demo, a benchmark): the contract's ports when
     * they are free, otherwise free ones, so that another stack on the machine does not stop it.
     */
    public static StackSettings forOwnRun(Path repository) {
        StackSettings defaults = defaults(repository, true);
        boolean busy = java.util.stream.IntStream.of(defaults.kafkaPort(), defaults.kafkaControllerPort(),
                defaults.registrationPort(), defaults.scoringPort(), defaults.rankingPort()).anyMatch(Ports::inUse);
        if (!busy && !(defaults.postgres() instanceof PrivateCluster && Ports.inUse(PRIVATE_POSTGRES_PORT))) {
            return defaults;
        }
        Path state = repository.resolve("deploy").resolve(".stack").resolve("run-" + ProcessHandle.current().pid());
        Postgres postgres = System.getenv("PIPELINE_POSTGRES_URL") != null ? defaults.postgres()
                : PrivateCluster.in(state.resolve("postgres"), Ports.free());
        return new StackSettings(repository, state, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                postgres, "skills_", true);
    }

    /** Whether these are the contract's local ports. */
    public boolean onDefaultPorts() {
        return registrationPort == 8081;
    }

    /** Free ports and a state folder of its own: for tests beside anything else on the machine. */
    public static StackSettings isolated(Path repository, Path stateDir, Postgres postgres, String databasePrefix) {
        return new StackSettings(repository, stateDir, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                postgres, databasePrefix, true);
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

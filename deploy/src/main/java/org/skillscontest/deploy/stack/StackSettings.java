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

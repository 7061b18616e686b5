package org.skillscontest.deploy.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole system on one machine: a Kafka broker, PostgreSQL with one database per service, and
 * the three packaged services, each its own process. Every process is started detached, so the
 * stack outlives the command that started it until {@link #stop} (./pipeline down).
 */
public final class LocalStack {

    public static final List<String> SERVICES = List.of("registration", "scoring", "ranking");

    private final StackSettings settings;
    private final KafkaServer kafka;
    private final Keys keys;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    public LocalStack(StackSettings settings) {
        this.settings = settings;
        this.kafka = new KafkaServer(settings.stateDir(), settings.kafkaPort(), settings.kafkaControllerPort());
        this.keys = Keys.in(settings.stateDir().resolve("keys"));
        int[] ports = {settings.registrationPort(), settings.scoringPort(), settings.rankingPort()};
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            Path app = settings.repository().resolve(name + "-service").resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
            services.put(name, new ServiceProcess(name, ports[i], app, settings.stateDir(), List.of(
                    "quarkus.datasource.jdbc.url=" + settings.postgres().jdbcUrl(database(name)),
                    "quarkus.datasource.username=" + settings.postgres().user(),
                    "quarkus.datasource.password=" + settings.postgres().password(),
                    "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
                    "mp.jwt.verify.publickey.location=" + keys.publicKey().toAbsolutePath())));
        }
    }

    public Keys keys() {
        return keys;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public String url(String service) {
        return services.get(service).url();
    }

    public Postgres postgres() {
        return settings.postgres();
    }

    public String describePostgres() {
        return settings.postgres().describe();
    }

    /** Starts what is not running yet and waits until every part is ready. */
    public void start(java.util.function.Consumer<String> progress) {
        if (settings.freshDatabases()) {
            logs().values().forEach(log -> log.toFile().delete());
            kafka.deleteData(); // a fresh start: no records of an earlier run on the topics either
        }
        progress.accept("PostgreSQL: " + settings.postgres().describe());
        settings.postgres().start();
        settings.postgres().createDatabases(SERVICES.stream().map(this::database).toList(), settings.freshDatabases());
        progress.accept("Kafka: starting a KRaft broker on " + kafka.bootstrapServers());
        kafka.start(kafkaClasspath());
        kafka.awaitReadyAndCreateTopics(Duration.ofSeconds(90));
        services.values().forEach(ServiceProcess::start);
        for (ServiceProcess s : services.values()) {
            s.awaitReady(Duration.ofSeconds(120));
            progress.accept(s.name() + "-service ready at " + s.url());
        }
    }

    /** Stops the services, then Kafka, then a private PostgreSQL cluster. */
    public void stop() {
        services.values().forEach(ServiceProcess::stop);
        kafka.process().stop(Duration.ofSeconds(30));
        settings.postgres().stop();
    }

    /** Creates (fresh) databases of the server besides the services' own, e.g. for a benchmark's baseline. */
    public void freshDatabase(String name) {
        settings.postgres().createDatabases(List.of(name), true);
    }

    /** Drops the service databases (for tests that made their own). */
    public void dropDatabases() {
        settings.postgres().dropDatabases(SERVICES.stream().map(this::database).toList());
    }

    public boolean anyRunning() {
        return kafka.process().alive() || services.values().stream().anyMatch(ServiceProcess::alive);
    }

    public Map<String, Path> logs() {
        Map<String, Path> logs = new LinkedHashMap<>();
        logs.put("kafka", kafka.process().log());
        services.values().forEach(s -> logs.put(s.name(), s.process().log()));
        return logs;
    }

    public String database(String service) {
        return settings.databasePrefix() + service;
    }

    /** The Kafka release's jars, which the build copies to deploy/target/lib. */
    private String kafkaClasspath() {
        Path lib = settings.repository().resolve("deploy").resolve("target").resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " is missing: build first (./mvnw package -DskipTests)");
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted()
                    .collect(Collectors.joining(File.pathSeparator));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.skillscontest.deploy.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole system on one machine: Kafka (one node or a cluster), PostgreSQL with one database per
 * service, and the three packaged services, each one or more processes of its own. Every process is
 * started detached, so the stack outlives the command that started it until {@link #stop}
 * (./pipeline down).
 */
public final class LocalStack {

    public static final List<String> SERVICES = List.of("registration", "scoring", "ranking");

    private final StackSettings settings;
    private final KafkaCluster kafka;
    private final Keys keys;
    private final Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();
    private final ServiceProcess console;

    public LocalStack(StackSettings settings) {
        this.settings = settings;
        this.kafka = new KafkaCluster(settings.stateDir(), settings.brokers());
        this.keys = Keys.in(settings.stateDir().resolve("keys"));
        for (String name : SERVICES) {
            Path app = settings.repository().resolve(name + "-service").resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
            List<String> config = List.of(
                    "quarkus.datasource.jdbc.url=" + settings.postgres().jdbcUrl(database(name)),
                    "quarkus.datasource.username=" + settings.postgres().user(),
                    "quarkus.datasource.password=" + settings.postgres().password(),
                    "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
                    "mp.jwt.verify.publickey.location=" + keys.publicKey().toAbsolutePath(),
                    "id-number-digest.key=" + keys.idNumberDigestKey(),
                    // the local stack is for trying the API out: its documents and Swagger UI are on
                    "quarkus.smallrye-openapi.enabled=true",
                    "quarkus.swagger-ui.enabled=true");
            List<Integer> ports = settings.servicePorts().get(name);
            List<ServiceProcess> instances = new ArrayList<>();
            for (int i = 0; i < ports.size(); i++) {
                // one instance keeps the service's name (and log file) as before the stack scaled out
                String instance = ports.size() == 1 ? name : name + "-" + (i + 1);
                instances.add(new ServiceProcess(name, instance, ports.get(i), app, settings.stateDir(), config));
            }
            services.put(name, List.copyOf(instances));
        }
        console = console(settings);
    }

    /** The port the console listens on in the default stack. */
    public static final int CONSOLE_PORT = 8084;

    /**
     * The browser console (its own module): it talks to the services' first instances over their public
     * REST APIs, and offers the development sign-in with the stack's own key.
     */
    private ServiceProcess console(StackSettings settings) {
        Path app = settings.repository().resolve("console").resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        List<String> config = List.of(
                "quarkus.rest-client.registration.url=" + url("registration"),
                "quarkus.rest-client.scoring.url=" + url("scoring"),
                "quarkus.rest-client.ranking.url=" + url("ranking"),
                "console.public-results-url=" + url("ranking"),
                "console.dev-sign-in.enabled=true",
                "console.dev-sign-in.signing-key=" + keys.privateKey().toAbsolutePath());
        int port = settings.onDefaultPorts() ? CONSOLE_PORT : Ports.free();
        return new ServiceProcess("console", "console", port, app, settings.stateDir(), config);
    }

    public ServiceProcess console() {
        return console;
    }

    /** Starts the console once the services are up, and waits until it is ready. */
    public void startConsole(Consumer<String> progress) {
        console.start();
        console.awaitReady(Duration.ofSeconds(120));
        progress.accept("console ready at " + console.url());
    }

    public Keys keys() {
        return keys;
    }

    public StackSettings settings() {
        return settings;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public KafkaCluster kafka() {
        return kafka;
    }

    /** The first (or only) process of a service. */
    public ServiceProcess service(String name) {
        return services.get(name).get(0);
    }

    /** Every process of a service. */
    public List<ServiceProcess> instances(String name) {
        return services.get(name);
    }

    /** Makes every service process export its traces to {@code collector} from its next start (off by default). */
    public void exportTracesTo(TraceCollector collector) {
        allInstances().forEach(instance -> instance.addJavaOptions(collector.serviceOptions()));
    }

    /** Every service process, service by service. */
    public List<ServiceProcess> allInstances() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    /** The URL of the service's first (or only) process. */
    public String url(String service) {
        return service(service).url();
    }

    public Postgres postgres() {
        return settings.postgres();
    }

    public String describePostgres() {
        return settings.postgres().describe();
    }

    /** Starts what is not running yet and waits until every part is ready. */
    public void start(Consumer<String> progress) {
        if (settings.freshDatabases()) {
            logs().values().forEach(log -> log.toFile().delete());
            kafka.deleteData(); // a fresh start: no records of an earlier run on the topics either
        }
        settings.rememberScale();
        progress.accept("PostgreSQL: " + settings.postgres().describe());
        settings.postgres().start();
        settings.postgres().createDatabases(SERVICES.stream().map(this::database).toList(), settings.freshDatabases());
        progress.accept(kafka.nodes().size() == 1 ? "Kafka: starting a KRaft broker on " + kafka.bootstrapServers()
                : String.format("Kafka: starting a KRaft cluster of %d nodes (broker and controller each) on %s, replication %d, "
                        + "min.insync.replicas %d", kafka.nodes().size(), kafka.bootstrapServers(), kafka.replicationFactor(),
                kafka.minInSyncReplicas()));
        kafka.start(kafkaClasspath());
        kafka.awaitReadyAndCreateTopics(Duration.ofSeconds(120));
        // one instance of each service first: it migrates the database while the others wait their turn
        for (ServiceProcess first : services.values().stream().map(l -> l.get(0)).toList()) {
            first.start();
        }
        awaitReady(services.values().stream().map(l -> l.get(0)).toList(), progress);
        List<ServiceProcess> others = services.values().stream().flatMap(l -> l.stream().skip(1)).toList();
        others.forEach(ServiceProcess::start);
        awaitReady(others, progress);
    }

    private static void awaitReady(List<ServiceProcess> processes, Consumer<String> progress) {
        for (ServiceProcess s : processes) {
            s.awaitReady(Duration.ofSeconds(180));
            progress.accept((s.name().equals(s.service()) ? s.service() + "-service" : s.name()) + " ready at " + s.url());
        }
    }

    /**
     * Stops the services, then Kafka, then a private PostgreSQL cluster; and any other process whose
     * pid file is in the state folder (left by a stack of another size), so that nothing outlives it.
     */
    public void stop() {
        // all at once: each takes seconds to close its Kafka clients, and the last Kafka node alone
        // would wait for a controller quorum that has already gone
        List<ManagedProcess> strays = ManagedProcess.strays(settings.stateDir()).stream()
                .filter(p -> !logs().containsKey(p.name())).toList();
        ManagedProcess.stopTogether(Stream.concat(Stream.concat(Stream.of(console.process()), allInstances().stream().map(ServiceProcess::process)),
                strays.stream().filter(p -> !p.name().startsWith("kafka"))).toList(), Duration.ofSeconds(20));
        ManagedProcess.stopTogether(Stream.concat(kafka.nodes().stream().map(KafkaNode::process),
                strays.stream().filter(p -> p.name().startsWith("kafka"))).toList(), Duration.ofSeconds(30));
        settings.postgres().stop();
    }

    /**
     * Stops the stack's own PostgreSQL cluster, as an outage would (the services lose their connections).
     * Refuses for a server the user named: the fault suite must never stop someone else's database.
     */
    public void stopPrivatePostgres() {
        privateCluster().stop();
    }

    /** Starts the stack's own PostgreSQL cluster again after {@link #stopPrivatePostgres}. */
    public void startPrivatePostgres() {
        privateCluster().start();
    }

    private PrivateCluster privateCluster() {
        if (!(settings.postgres() instanceof PrivateCluster cluster)) {
            throw new IllegalStateException("the stack runs on " + settings.postgres().describe()
                    + ", not a private cluster of its own: it will not stop that server");
        }
        return cluster;
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
        return kafka.anyAlive() || console.alive() || allInstances().stream().anyMatch(ServiceProcess::alive)
                || !ManagedProcess.strays(settings.stateDir()).isEmpty();
    }

    /** Every process's log, by process name (kafka or kafka-1…, registration or registration-1…). */
    public Map<String, Path> logs() {
        Map<String, Path> logs = new LinkedHashMap<>();
        kafka.nodes().forEach(n -> logs.put(n.name(), n.process().log()));
        allInstances().forEach(s -> logs.put(s.name(), s.process().log()));
        logs.put(console.name(), console.process().log());
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

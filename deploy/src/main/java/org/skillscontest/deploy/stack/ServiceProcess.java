package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One process of a packaged service ({@code target/quarkus-app}). Several processes of one service
 * share its database and its Kafka consumer group; each has its own port, name (registration-1, …) and log.
 */
public final class ServiceProcess {

    private final String service;
    private final String name;
    private final int port;
    private final Path app;
    private final ManagedProcess process;
    private final List<String> settings;
    /** JVM options a command adds for its run (a benchmark's GC log, say), {@code {service}} replaced by the name. */
    private final List<String> javaOptions = new ArrayList<>();

    ServiceProcess(String service, String name, int port, Path app, Path stateDir, List<String> settings) {
        this.service = service;
        this.name = name;
        this.port = port;
        this.app = app;
        this.process = new ManagedProcess(name, stateDir);
        this.settings = settings;
    }

    /** This process's own name, e.g. registration-2 (the service's name where it runs once). */
    public String name() {
        return name;
    }

    /** The service it runs: registration, scoring or ranking. */
    public String service() {
        return service;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Adds JVM options for the next start. */
    public void addJavaOptions(List<String> options) {
        javaOptions.addAll(options);
    }

    /** The running process's id, if it runs. */
    public java.util.OptionalLong pid() {
        return process.handle().map(h -> java.util.OptionalLong.of(h.pid())).orElse(java.util.OptionalLong.empty());
    }

    public boolean alive() {
        return process.alive();
    }

    ManagedProcess process() {
        return process;
    }

    public void start() {
        if (process.alive()) {
            return;
        }
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: build first (./mvnw package -DskipTests)");
        }
        Ports.requireFree(port, name);
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-Dquarkus.http.port=" + port));
        settings.forEach(s -> command.add("-D" + s));
        javaOptions.forEach(o -> command.add(o.replace("{service}", name)));
        // extra JVM options for every service, e.g. a flight recording while benchmarking
        String extra = System.getenv("PIPELINE_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().replace("{service}", name).split("\\s+")));
        }
        command.addAll(List.of("-jar", app.toAbsolutePath().toString()));
        process.start(command, app.getParent());
    }

    /** Waits until the service reports itself ready (database, Kafka). */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.alive()) {
                throw new IllegalStateException(name + " exited; its log ends:\n" + process.logTail(40));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Pause.millis(300);
        }
        throw new IllegalStateException(name + " was not ready after " + timeout + "; its log ends:\n" + process.logTail(40));
    }

    /** Stops gracefully: Quarkus finishes in-flight work and closes its Kafka clients. */
    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    /** Kills at once (SIGKILL), as a crash would: whatever was not committed is lost to this process. */
    public void kill() {
        process.kill();
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

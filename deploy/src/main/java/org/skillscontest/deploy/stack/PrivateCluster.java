package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the stack's own, made with the system's PostgreSQL binaries ({@code initdb},
 * {@code pg_ctl}) in the state folder and listening on 127.0.0.1 only. PostgreSQL refuses to run
 * as root, so as root the cluster belongs to the {@code postgres} user.
 */
final class PrivateCluster extends Postgres {

    private final Path dir;
    private final int port;
    private final Path bin;
    private final boolean asPostgresUser;

    private PrivateCluster(Path dir, int port, Path bin) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.bin = bin;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /** Finds the PostgreSQL binaries, or says exactly what to install. */
    static PrivateCluster in(Path dir, int port) {
        Path bin = findBinaries();
        if ("root".equals(System.getProperty("user.name")) && !reachableByPostgresUser(dir)) {
            // e.g. a checkout under /root: the postgres user cannot enter it, so the cluster lives in /tmp
            dir = Path.of(System.getProperty("java.io.tmpdir"), "skillscontest-postgres-" + port);
        }
        return new PrivateCluster(dir, port, bin);
    }

    private static boolean reachableByPostgresUser(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            Process p = new ProcessBuilder("runuser", "-u", "postgres", "--", "test", "-x", String.valueOf(existing))
                    .redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path findBinaries() {
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (var versions = Files.list(lib)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent())));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException ignored) {
                // fall through to PATH
            }
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path b = Path.of(p);
            if (Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl"))) {
                return b;
            }
        }
        throw new IllegalStateException("""
                No PostgreSQL to run the stack on. Either
                  - install PostgreSQL's server binaries (Debian/Ubuntu: sudo apt-get install postgresql), and the stack
                    makes a private cluster of its own with them, or
                  - name a running server: PIPELINE_POSTGRES_URL=jdbc:postgresql://HOST:PORT \
                PIPELINE_POSTGRES_USER=USER PIPELINE_POSTGRES_PASSWORD=... ./pipeline demo""");
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override String host() { return "127.0.0.1"; }

    @Override int port() { return port; }

    @Override String user() { return "postgres"; }

    @Override String password() { return ""; }

    @Override String describe() { return "private cluster in " + dir + " on 127.0.0.1:" + port; }

    @Override
    void start() {
        Path data = dir.resolve("data");
        try {
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                Files.createDirectories(dir);
                if (asPostgresUser) {
                    run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
                }
                run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                        "-E", "UTF8", "--no-locale"), true);
            }
            if (Ports.inUse(port)) {
                if (isOurs(data)) {
                    return;
                }
                Ports.requireFree(port, "the private PostgreSQL cluster");
            }
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("postgres.log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "-w", "-t", "60", "start"), true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the private PostgreSQL cluster in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    void stop() {
        Path data = dir.resolve("data");
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), true);
        }
    }

    private boolean isOurs(Path data) {
        return Files.exists(data.resolve("postmaster.pid"));
    }

    private void run(List<String> command, boolean asOwner) {
        List<String> full = new ArrayList<>();
        if (asOwner && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path log = dir.resolve("commands.log");
            Process p = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", full) + "' failed; see " + log
                        + (asPostgresUser ? " (as root the cluster runs as the postgres user, which must be able to reach " + dir + ")" : ""));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + full.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

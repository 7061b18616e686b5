package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process of the stack, started detached with its output in a log file and its pid in a file, so
 * that another command ({@code ./pipeline down}) can stop it.
 */
class ManagedProcess {

    private final String name;
    private final Path pidFile;
    private final Path logFile;

    ManagedProcess(String name, Path stateDir) {
        this.name = name;
        this.pidFile = stateDir.resolve("pids").resolve(name + ".pid");
        this.logFile = stateDir.resolve("logs").resolve(name + ".log");
    }

    /** The processes still running whose pid files are in the state folder. */
    static List<ManagedProcess> strays(Path stateDir) {
        Path pids = stateDir.resolve("pids");
        if (!Files.isDirectory(pids)) {
            return List.of();
        }
        try (var files = Files.list(pids)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".pid"))
                    .map(f -> new ManagedProcess(f.substring(0, f.length() - ".pid".length()), stateDir))
                    .filter(ManagedProcess::alive).sorted(java.util.Comparator.comparing(ManagedProcess::name)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return logFile;
    }

    void start(List<String> command, Path workDir) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    Optional<ProcessHandle> handle() {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean alive() {
        return handle().isPresent();
    }

    /** Stops the process gracefully (SIGTERM), forcibly after the grace period. */
    void stop(Duration grace) {
        handle().ifPresent(h -> {
            h.destroy();
            try {
                h.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        });
        forget();
    }

    /** Stops several processes in parallel, each as {@link #stop}. */
    static void stopTogether(List<ManagedProcess> processes, Duration grace) {
        List<Thread> stopping = processes.stream().map(p -> new Thread(() -> p.stop(grace), "stop-" + p.name())).toList();
        stopping.forEach(Thread::start);
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Kills the process at once (SIGKILL), as a crash would. */
    void kill() {
        handle().ifPresent(h -> {
            h.destroyForcibly();
            h.onExit().join();
        });
        forget();
    }

    private void forget() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked for liveness before use
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}

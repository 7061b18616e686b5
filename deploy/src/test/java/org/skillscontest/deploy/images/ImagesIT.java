package org.skillscontest.deploy.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each module's image tarball, as `./mvnw verify` leaves it in target/jib-image.tar (README, "Images"), holds a
 * runnable image: it is named as the compose file and the manifests expect, every layer is there and reads back
 * to the digest its config names, the entrypoint's java and the application's jar are in the layers, the user is
 * not root, the port is the module's quarkus.http.port and the health probes are labelled. Then the layers are
 * unpacked and the entrypoint's java runs, with the entrypoint's JVM options, as the image's user with the
 * image's directory as its root (unshare + chroot: Linux and root only, otherwise that step is skipped and says so),
 * and the console's image, which needs no database or broker, is started for real and probed.
 */
class ImagesIT {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final String VERSION = System.getProperty("project.version", "1.0.0-SNAPSHOT");

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "scoring-service", "ranking-service", "console"})
    void theTarballHoldsARunnableImage(String module) throws Exception {
        Path tarball = REPOSITORY.resolve(module).resolve("target").resolve("jib-image.tar");
        assertThat(tarball).as("%s: built by `./mvnw package` (jib:buildTar)", module).isRegularFile();

        try (ImageArchive image = ImageArchive.open(tarball)) {
            assertThat(image.names).as("image name").containsExactly("skillscontest/" + module + ":" + VERSION);
            JsonNode config = image.containerConfig();
            assertThat(image.config.path("os").asText()).isEqualTo("linux");

            // entrypoint: the runtime's java running Quarkus' fast-jar, sized by the container's memory
            List<String> entrypoint = texts(config.path("Entrypoint"));
            assertThat(entrypoint).as("entrypoint").startsWith("/opt/java/openjdk/bin/java")
                    .contains("-XX:+ExitOnOutOfMemoryError").anyMatch(a -> a.startsWith("-XX:MaxRAMPercentage="))
                    .endsWith("-jar", "/deployments/quarkus-run.jar");
            assertThat(config.path("WorkingDir").asText()).isEqualTo("/deployments");

            // not root, and numeric so that Kubernetes' runAsNonRoot can check it
            String user = config.path("User").asText();
            assertThat(user).as("user").matches("\\d+(:\\d+)?");
            int uid = Integer.parseInt(user.split(":")[0]);
            assertThat(uid).as("uid").isNotZero();

            Properties application = applicationProperties(module);
            int port = Integer.parseInt(application.getProperty("quarkus.http.port"));
            assertThat(fieldNames(config.path("ExposedPorts"))).as("exposed ports").containsExactly(port + "/tcp");
            JsonNode labels = config.path("Labels");
            assertThat(labels.path("org.skillscontest.http.port").asText()).isEqualTo(String.valueOf(port));
            assertThat(labels.path("org.skillscontest.health.liveness").asText()).isEqualTo("/q/health/live");
            assertThat(labels.path("org.skillscontest.health.readiness").asText()).isEqualTo("/q/health/ready");

            boolean runnable = canRunAsAnotherRoot();
            Path root = runnable ? Files.createTempDirectory("image-" + module) : null;
            try {
                Map<String, ImageArchive.Node> files = image.readLayers(root);
                assertThat(image.layerPaths()).as("layers").hasSizeGreaterThanOrEqualTo(3);
                ImageArchive.Node java = files.get(entrypoint.get(0));
                assertThat(java).as("%s in the layers", entrypoint.get(0)).isNotNull();
                assertThat(java.isFile() && java.executableByOthers()).as("java executable by uid %d", uid).isTrue();
                ImageArchive.Node jar = files.get("/deployments/quarkus-run.jar");
                assertThat(jar).as("quarkus-run.jar in the layers").isNotNull();
                assertThat(jar.readableByOthers()).as("quarkus-run.jar readable by uid %d", uid).isTrue();
                assertThat(files).as("the application's own jar").containsKey("/deployments/app/" + module + "-" + VERSION + ".jar");
                String font = application.getProperty("console.pdf.font");
                if (font != null) {
                    assertThat(files).as("the PDFs' Chinese font %s (console.pdf.font) in the image: the build takes it from "
                            + "the build machine (Debian: apt-get install fonts-wqy-microhei)", font).containsKey(font);
                }
                ImageArchive.Node tmp = files.get("/tmp");
                assertThat(tmp).as("/tmp").isNotNull();
                assertThat(tmp.mode() & 0002).as("/tmp writable by uid %d (Vert.x' file cache)", uid).isNotZero();

                assumeTrue(runnable, "layers, config, user and port checked; running the image's java was skipped: "
                        + "it needs Linux, root, unshare and chroot on this machine");
                String output = runInImage(root, user, image, jvmOptions(entrypoint));
                assertThat(output).as("java -version in the image, as %s", user)
                        .contains("java.home = /opt/java/openjdk").containsPattern("(?m)^\\s*user\\.dir = /")
                        .doesNotContain("user.name = root").containsPattern("(openjdk|java) version \"");
            } finally {
                if (root != null) {
                    deleteTree(root);
                }
            }
        }
    }

    /** The entrypoint up to `-jar`, with -version instead of the application: the JVM starts with the same options. */
    private static List<String> jvmOptions(List<String> entrypoint) {
        List<String> command = new ArrayList<>(entrypoint.subList(0, entrypoint.indexOf("-jar")));
        command.add("-XshowSettings:properties");
        command.add("-version");
        return command;
    }

    private static String runInImage(Path root, String user, ImageArchive image, List<String> command) throws Exception {
        Process process = startInImage(root, user, image, List.of(), command);
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit status of %s; output:%n%s", command, output).isZero();
        return output;
    }

    /**
     * Starts a command as a container runtime would: in the unpacked layers as its root (with the host's /proc and
     * /dev bound in a mount namespace of its own, gone with the process), as the image's user, with only the
     * image's environment and {@code extraEnv}. Every step execs the next: the process is the command itself.
     */
    private static Process startInImage(Path root, String user, ImageArchive image, List<String> extraEnv, List<String> command)
            throws IOException {
        for (String dir : List.of("proc", "dev")) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.setPosixFilePermissions(root, ImageArchive.permissions(0755));
        List<String> argv = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                "root=$1; shift; mount --rbind /proc \"$root/proc\" && mount --rbind /dev \"$root/dev\" && exec \"$@\"",
                "sh", root.toString(), "env", "-i"));
        argv.addAll(texts(image.containerConfig().path("Env")));
        argv.addAll(extraEnv);
        argv.addAll(List.of(which("chroot").toString(), "--userspec=" + user, root.toString()));
        argv.addAll(command);
        return new ProcessBuilder(argv).redirectErrorStream(true).start();
    }

    /**
     * The console needs no database and no broker, so its image is started for real, with its own entrypoint:
     * Quarkus boots on the image's runtime (every JDK module it reaches is in the jlink'd runtime) as uid 1001
     * and answers its liveness probe. The services start the same way but need PostgreSQL and Kafka around them.
     */
    @Test
    void theConsoleImageStartsAndAnswersItsLivenessProbe() throws Exception {
        assumeTrue(canRunAsAnotherRoot(), "starting the console's image was skipped: it needs Linux, root, unshare and chroot");
        Path tarball = REPOSITORY.resolve("console").resolve("target").resolve("jib-image.tar");
        Path root = Files.createTempDirectory("image-console-start");
        try (ImageArchive image = ImageArchive.open(tarball)) {
            image.readLayers(root);
            JsonNode config = image.containerConfig();
            Process console = startInImage(root, config.path("User").asText(), image,
                    List.of("QUARKUS_HTTP_PORT=0"), texts(config.path("Entrypoint")));
            try {
                BlockingQueue<String> lines = new LinkedBlockingQueue<>();
                StringBuilder log = new StringBuilder();
                Thread reader = new Thread(() -> {
                    try {
                        new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8))
                                .lines().forEach(lines::add);
                    } catch (UncheckedIOException closedWhenTheConsoleStops) {
                        // the process has ended: nothing more to read
                    }
                }, "console-image-log");
                reader.setDaemon(true);
                reader.start();
                Matcher listening = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (listening == null && System.nanoTime() < deadline && console.isAlive()) {
                    String line = lines.poll(1, TimeUnit.SECONDS);
                    if (line != null) {
                        log.append(line).append('\n');
                        Matcher m = Pattern.compile("Listening on: http://[^:]+:(\\d+)").matcher(line);
                        listening = m.find() ? m : null;
                    }
                }
                assertThat(listening).as("the console's start in its image; its log:%n%s", log).isNotNull();
                HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + listening.group(1) + "/q/health/live")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(live.statusCode()).as("liveness probe: %s", live.body()).isEqualTo(200);
                assertThat(live.body()).contains("\"UP\"");
            } finally {
                console.destroy();
                if (!console.waitFor(30, TimeUnit.SECONDS)) {
                    console.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } finally {
            deleteTree(root);
        }
    }

    private static boolean canRunAsAnotherRoot() {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return false;
        }
        try {
            Process id = new ProcessBuilder("id", "-u").start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!id.waitFor(10, TimeUnit.SECONDS) || !uid.equals("0") || which("chroot") == null) {
                return false;
            }
            Process probe = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "true")
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path which(String tool) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Properties applicationProperties(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(
                REPOSITORY.resolve(module).resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void deleteTree(Path root) throws IOException {
        // the mounts lived in the child's own namespace; should one be visible here, never delete through it
        for (String mountPoint : List.of("proc", "dev")) {
            Path dir = root.resolve(mountPoint);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> inside = Files.list(dir)) {
                    if (inside.findAny().isPresent()) {
                        throw new IllegalStateException(dir + " is still mounted; not deleting " + root);
                    }
                }
            }
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

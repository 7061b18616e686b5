package org.skillscontest.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The repository the deploy module's tests run in: the files the deployment descriptions must agree with. */
final class Repository {

    static final Path ROOT = findRoot();

    private Repository() {
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("platform")) && Files.isDirectory(dir.resolve("deploy")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository (no platform/ and deploy/ above " + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's version (the parent pom's), which is the images' tag. */
    static String projectVersion() {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(path("pom.xml").toFile());
            for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals("version")) {
                    return e.getTextContent().trim();
                }
            }
            throw new IllegalStateException("the parent pom has no version");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the parent pom", e);
        }
    }

    /**
     * How long the outbox relay may take to stop (platform OutboxRelay.stop): its ack timeout
     * ({@code outbox.relay.ack-timeout}, default in CloudEventSender) plus the margin it adds. Read from the
     * source, so a change there makes the deployments' grace periods checked against the new figure.
     */
    static long relayShutdownSeconds() {
        String sender = read("platform/src/main/java/org/skillscontest/platform/outbox/CloudEventSender.java");
        String relay = read("platform/src/main/java/org/skillscontest/platform/outbox/OutboxRelay.java");
        Matcher ack = Pattern.compile("\"outbox\\.relay\\.ack-timeout\",\\s*defaultValue\\s*=\\s*\"(PT[0-9]+S)\"").matcher(sender);
        Matcher margin = Pattern.compile("ackTimeout\\(\\)\\.toMillis\\(\\)\\s*\\+\\s*([0-9_]+)").matcher(relay);
        if (!ack.find() || !margin.find()) {
            throw new IllegalStateException("cannot find the relay's ack timeout and shutdown margin in platform/outbox: update Repository.relayShutdownSeconds");
        }
        long ackSeconds = java.time.Duration.parse(ack.group(1)).toSeconds();
        for (String module : ServiceConfig.SERVICES) {
            String override = ServiceConfig.of(module).properties().get("outbox.relay.ack-timeout");
            if (override != null) {
                ackSeconds = Math.max(ackSeconds, java.time.Duration.parse(override).toSeconds());
            }
        }
        return ackSeconds + Long.parseLong(margin.group(1).replace("_", "")) / 1000;
    }
}

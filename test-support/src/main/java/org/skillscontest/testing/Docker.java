package org.skillscontest.testing;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers; {@code -Dtest.infrastructure=local|docker} overrides the probe. */
final class Docker {

    private static Boolean available;

    private Docker() {
    }

    static synchronized boolean available() {
        if (available == null) {
            String forced = System.getProperty("test.infrastructure", System.getenv("TEST_INFRASTRUCTURE"));
            if (forced != null && !forced.isBlank()) {
                available = forced.equalsIgnoreCase("docker");
            } else if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
                available = false; // no engine to ask: skip Testcontainers' probe and its error log
            } else {
                try {
                    available = DockerClientFactory.instance().isDockerAvailable();
                } catch (RuntimeException | LinkageError e) {
                    available = false;
                }
            }
        }
        return available;
    }
}

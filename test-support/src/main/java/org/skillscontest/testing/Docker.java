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

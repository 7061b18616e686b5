package org.skillscontest.contracts;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * A container health check without a shell: the images hold a Java runtime and nothing else (no sh, no
 * curl), and every image holds this module, so docker compose runs
 * {@code java -cp /deployments/lib/main/org.skillscontest.contracts-<version>.jar org.skillscontest.contracts.HealthProbe <url>}.
 * Exits 0 when the URL answers 200 within two seconds (SmallRye Health says UP), 1 otherwise.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HealthProbe <url>, e.g. http://127.0.0.1:8081/q/health/ready");
            System.exit(2);
        }
        System.exit(up(args[0]) ? 0 : 1);
    }

    /** Whether the URL answers 200. */
    public static boolean up(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

package org.skillscontest.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests: a container where Docker answers, otherwise the local server
 * ({@code TEST_POSTGRES_HOST}, {@code TEST_POSTGRES_PORT}, {@code TEST_POSTGRES_USER}, default
 * 127.0.0.1:5432 as postgres). Every caller gets a fresh database of its own.
 */
public final class PostgresServer {

    private static PostgresServer instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresServer(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = Docker.available() ? container() : local();
        }
        return instance;
    }

    private static PostgresServer container() {
        PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:15");
        pg.start();
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
        return new PostgresServer(pg.getHost(), pg.getFirstMappedPort(), pg.getUsername(), pg.getPassword());
    }

    private static PostgresServer local() {
        String host = env("TEST_POSTGRES_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("TEST_POSTGRES_PORT", "5432"));
        PostgresServer server = new PostgresServer(host, port, env("TEST_POSTGRES_USER", "postgres"),
                env("TEST_POSTGRES_PASSWORD", ""));
        try (Connection ignored = server.connect("postgres")) {
            return server;
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    No PostgreSQL for the tests: no Docker engine answers, and no PostgreSQL server accepts \
                    connections at %s:%d as %s (%s). Start the local one \
                    (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), \
                    install it (apt-get install postgresql), or point TEST_POSTGRES_HOST/PORT/USER/PASSWORD at one."""
                    .formatted(host, port, server.user, e.getMessage()), e);
        }
    }

    /** Creates an empty database named after {@code purpose} and returns its JDBC URL. */
    public String freshDatabase(String purpose) {
        String name = (purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return jdbcUrl(name);
    }

    public void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            // a leftover test database harms nobody; the next run uses a new name
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package org.skillscontest.deploy.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The PostgreSQL server that holds one database per service: one the user names, or a private cluster. */
public abstract class Postgres {

    abstract String host();

    abstract int port();

    abstract String user();

    abstract String password();

    abstract void start();

    abstract void stop();

    /** A describing line for people. */
    abstract String describe();

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** A connection to one of the server's databases. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    /** Creates the databases that are missing; with {@code fresh}, drops and recreates them all. */
    void createDatabases(List<String> names, boolean fresh) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             Statement s = c.createStatement()) {
            for (String name : names) {
                if (fresh) {
                    s.execute("drop database if exists " + name + " with (force)");
                }
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the service databases on " + describe() + ": " + e.getMessage(), e);
        }
    }

    void dropDatabases(List<String> names) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException ignored) {
            // leftovers harm nobody: the next run uses fresh names
        }
    }

    /** A server the user names: {@code jdbc:postgresql://host:port}, user and password. */
    public static Postgres named(String url, String user, String password) {
        String rest = url.replaceFirst("^jdbc:postgresql://", "").replaceAll("/.*$", "");
        String host = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
        int port = rest.contains(":") ? Integer.parseInt(rest.substring(rest.indexOf(':') + 1)) : 5432;
        return new Postgres() {
            @Override String host() { return host; }
            @Override int port() { return port; }
            @Override String user() { return user; }
            @Override String password() { return password == null ? "" : password; }
            @Override void start() {
                try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), user(), password())) {
                    // reachable
                } catch (SQLException e) {
                    throw new IllegalStateException("the PostgreSQL server " + describe() + " does not accept connections: "
                            + e.getMessage());
                }
            }
            @Override void stop() { }
            @Override String describe() { return "postgresql://" + user + "@" + host + ":" + port; }
        };
    }
}

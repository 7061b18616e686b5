package org.skillscontest.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A service's schema taken through its migrations in steps, on a fresh database of its own: what a
 * database made by an older release meets when a newer one starts ({@code migrate-at-start}, the
 * platform's migrations out of order, as the services configure Flyway).
 */
public final class SchemaUpgrade implements AutoCloseable {

    private final PostgresServer server = PostgresServer.get();
    private final String url;

    public SchemaUpgrade(String purpose) {
        this.url = server.freshDatabase(purpose);
    }

    /** Applies the migrations up to {@code version} (platform's and the service's, in version order). */
    public SchemaUpgrade migrateTo(String version) {
        flyway().target(version).load().migrate();
        return this;
    }

    /** Applies every migration not applied yet, as the service does at start. */
    public SchemaUpgrade migrate() {
        flyway().load().migrate();
        return this;
    }

    /** Runs SQL as it is (to write the rows an older release left, or undo what it did not have yet). */
    public SchemaUpgrade execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return this;
    }

    /** The single number {@code sql} selects. */
    public long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url, server.user(), server.password())
                .locations("classpath:db/platform", "classpath:db/migration").outOfOrder(true);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, server.user(), server.password());
    }

    @Override
    public void close() {
        server.dropDatabase(url);
    }
}

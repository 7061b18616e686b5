package org.skillscontest.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Counts rows in the service's own database, as committed: for a {@code @QuarkusTest} that checks
 * what a consumer stored. Parameters are written {@code ?1}, {@code ?2}…; a collection parameter
 * stands for a list ({@code event_id in (?1)}).
 */
public final class Rows {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private Rows() {
    }

    /** The single number that {@code countQuery} selects. */
    public static long count(String countQuery, Object... parameters) {
        List<Object> bound = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        Matcher m = PARAMETER.matcher(countQuery);
        while (m.find()) {
            Object value = parameters[Integer.parseInt(m.group(1)) - 1];
            Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
            m.appendReplacement(sql, String.join(",", java.util.Collections.nCopies(values.size(), "?")));
            bound.addAll(values);
        }
        m.appendTail(sql);
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < bound.size(); i++) {
                statement.setObject(i + 1, bound.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(countQuery, e);
        }
    }

    /** Waits up to 30 s until {@code countQuery} selects {@code expected}. */
    public static void awaitCount(long expected, String countQuery, Object... parameters) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count(countQuery, parameters)).as(countQuery).isEqualTo(expected));
    }

    /**
     * Waits until the service's consumer has handled the event with this {@code ce_id}: its inbox
     * records the id in the same transaction as the effect, so what the event changed (or did not
     * change) is committed once this returns.
     */
    public static void awaitProcessed(String eventId) {
        awaitCount(1, "select count(*) from processed_event where event_id = ?1", eventId);
    }
}

package org.skillscontest.scoring.api;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.Tokens;

/**
 * What scoring holds of an event, as text: the results and audit trail an organiser reads, and every
 * row a request could change (the event with its panel and lock, entrants and stations, marks, theory
 * scores, flag acceptances, results queued in the outbox). Equal before and after: nothing changed.
 */
final class EventState {

    private static final List<String> ROWS = List.of(
            "select * from scored_event where event_key = ?",
            "select * from scored_entry where event_key = ? order by entry_id",
            "select * from mark where event_key = ? order by id",
            "select * from theory_score where event_key = ? order by id",
            "select * from flag_acceptance where event_key = ? order by id",
            // not sent_at: the relay sets it whenever the broker acknowledges
            "select id, topic, record_key, payload from outbox where record_key = ? order by seq");

    private EventState() {
    }

    static String of(DataSource db, Contest contest, String event) {
        List<String> state = new ArrayList<>();
        state.add(read(contest.path(event, "results")));
        state.add(read(contest.path(event, "audit")));
        try (Connection c = db.getConnection()) {
            for (String query : ROWS) {
                state.add(query);
                state.addAll(rows(c, query, Topic.eventKey(contest.competition, event)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return String.join("\n", state);
    }

    private static List<String> rows(Connection c, String query, String key) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    private static String read(String path) {
        return given().auth().oauth2(Tokens.organizer()).get(path).then().statusCode(200).extract().asString();
    }
}

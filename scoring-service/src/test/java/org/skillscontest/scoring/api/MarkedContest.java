package org.skillscontest.scoring.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.skillscontest.contracts.ScoringScheme;

/**
 * A contest with an event in each state an endpoint must be tried in, for tests that try every endpoint:
 * <ul>
 * <li>{@value #MARKING}, being marked: module route (max 100) judged by j1, j2, j3, module service
 *     (max 50) by j4. Entrant {@link #flagged} has every mark and a theory score, but route marks
 *     70/75/81 spread beyond the tolerance; {@link #unmarked} has none yet; {@link #withdrawn} withdrew;
 *     {@link #disqualified} was disqualified by the chief judge.</li>
 * <li>{@value #LOCKED}, locked: route only, judged by j1. {@link #lockedEntry} and
 *     {@link #lockedWithdrawn} were marked, scored and locked; then the latter withdrew.</li>
 * </ul>
 */
final class MarkedContest {

    static final String MARKING = "rider";
    static final String LOCKED = "courier";

    /** On the route panel of both events. */
    static final String JUDGE = "j1";
    /** On the service panel of the marking event only: route is another module's. */
    static final String SERVICE_JUDGE = "j4";
    /** On no panel. */
    static final String OFF_PANEL_JUDGE = "j9";

    static final Map<String, List<String>> MARKING_PANEL = Map.of("route", List.of(JUDGE, "j2", "j3"), "service", List.of(SERVICE_JUDGE));

    static final ScoringScheme ROUTE_AND_SERVICE = new ScoringScheme(30, 70, BigDecimal.TEN, List.of(
            new ScoringScheme.Module("route", "路线规划", BigDecimal.valueOf(100), 60),
            new ScoringScheme.Module("service", "客户服务", BigDecimal.valueOf(50), 40)));

    final Contest contest = new Contest();
    final UUID flagged;
    final UUID unmarked;
    final UUID withdrawn;
    final UUID disqualified;
    final UUID lockedEntry;
    final UUID lockedWithdrawn;

    MarkedContest() {
        List<UUID> marking = contest.openEvent(MARKING, ROUTE_AND_SERVICE, 4);
        flagged = marking.get(0);
        unmarked = marking.get(1);
        withdrawn = marking.get(2);
        disqualified = marking.get(3);
        contest.withdraw(MARKING, withdrawn);
        contest.panel(MARKING, MARKING_PANEL);
        contest.disqualify(MARKING, disqualified, "冒名顶替 entered under another's name");
        contest.mark(JUDGE, MARKING, flagged, "route", 70);
        contest.mark("j2", MARKING, flagged, "route", 75);
        contest.mark("j3", MARKING, flagged, "route", 81);
        contest.mark(SERVICE_JUDGE, MARKING, flagged, "service", 40);
        contest.theory(MARKING, flagged, 80);

        List<UUID> locked = contest.openEvent(LOCKED, 2);
        lockedEntry = locked.get(0);
        lockedWithdrawn = locked.get(1);
        contest.panel(LOCKED, Map.of("route", List.of(JUDGE)));
        for (UUID entry : locked) {
            contest.mark(JUDGE, LOCKED, entry, "route", 80);
            contest.theory(LOCKED, entry, 90);
        }
        contest.lock(LOCKED);
        contest.withdraw(LOCKED, lockedWithdrawn);
    }

    String chiefOf(String event) {
        return contest.chiefOf(event);
    }

    /** The chief judge of the other event: a chief judge, but not of this event. */
    String otherChief(String event) {
        return contest.chiefOf(MARKING.equals(event) ? LOCKED : MARKING);
    }

    /** Both events as they stand, to compare before and after a request. */
    String state(DataSource db) {
        return EventState.of(db, contest, MARKING) + "\n" + EventState.of(db, contest, LOCKED);
    }

    // ---- request bodies

    /** A JSON object from key/value pairs; null values are kept (and sent as null). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    @SafeVarargs
    static Map<String, Object> marks(Map<String, Object>... rows) {
        return Map.of("marks", Arrays.asList(rows));
    }

    static Map<String, Object> mark(UUID entryId, String module, Object mark) {
        return marks(object("entryId", entryId, "module", module, "mark", mark, "timeUsedSeconds", 1200));
    }

    @SafeVarargs
    static Map<String, Object> scores(Map<String, Object>... rows) {
        return Map.of("scores", Arrays.asList(rows));
    }

    static Map<String, Object> correction(UUID entryId, String module, String judge, Object mark) {
        return object("entryId", entryId, "module", module, "judge", judge, "mark", mark, "reason", "复核: 录入错误 transcription error");
    }

    static Map<String, Object> disqualification(UUID entryId) {
        return object("entryId", entryId, "reason", "使用违规工具 a forbidden tool");
    }

    static Map<String, Object> acceptance(UUID entryId, String module) {
        return object("entryId", entryId, "module", module, "reason", "复核录像，评分有效 reviewed on video");
    }
}

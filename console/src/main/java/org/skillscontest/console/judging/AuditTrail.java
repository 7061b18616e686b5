package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scoring's audit trail for the chief judge's page, newest first: every mark and theory score with who,
 * when, the value it replaced and why (corrections after the lock marked), and every withdrawal and
 * disqualification.
 */
public record AuditTrail(List<Line> lines) {

    /** Times as the venue reads them. */
    static final ZoneId VENUE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(VENUE);

    public record Line(String at, Integer station, String entry, String entryId, String what, String judge, String previous,
                       String value, String recordedBy, String reason, boolean afterLock, boolean statusChange) {
    }

    public static AuditTrail of(JsonNode audit) {
        List<Line> lines = new ArrayList<>();
        for (JsonNode l : audit) {
            String entryId = l.path("entryId").asText();
            String status = l.path("status").isTextual() ? l.path("status").asText() : null;
            String module = l.path("module").asText(null);
            String what = status != null ? ("WITHDRAWN".equals(status) ? "退赛 Withdrawal" : "DISQUALIFIED".equals(status) ? "取消资格 Disqualification" : status)
                    : "theory".equals(module) ? "理论 Theory" : module;
            String at = l.path("recordedAt").isTextual() ? AT.format(Instant.parse(l.path("recordedAt").asText())) : "";
            lines.add(new Line(at, l.path("station").isInt() ? l.path("station").asInt() : null,
                    entryId.length() >= 8 ? entryId.substring(0, 8) : entryId, entryId, what, l.path("judge").asText(""),
                    Marks.plain(Marks.decimal(l.path("previous"))), Marks.plain(Marks.decimal(l.path("value"))),
                    l.path("recordedBy").asText(""), l.path("reason").asText(""), l.path("afterLock").asBoolean(), status != null));
        }
        Collections.reverse(lines);
        return new AuditTrail(List.copyOf(lines));
    }
}

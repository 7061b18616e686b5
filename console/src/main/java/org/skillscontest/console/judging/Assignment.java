package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A round whose panel names the signed-in person (scoring's {@code /assignments}): the modules a judge
 * marks there, or, as its chief judge, all of them. {@code eventName} is registration's, when it could be read.
 */
public record Assignment(Scope scope, String eventName, boolean chiefJudge, List<Module> modules, boolean locked, long entrants) {

    public record Module(String code, String name, BigDecimal maxMark) {

        /** The maximum as people write it: 60, not 60.00. */
        public String max() {
            return Marks.plain(maxMark);
        }
    }

    public static Assignment of(JsonNode item) {
        List<Module> modules = new ArrayList<>();
        item.path("modules").forEach(m -> modules.add(new Module(m.path("code").asText(), m.path("name").asText(m.path("code").asText()),
                new BigDecimal(m.path("maxMark").asText("0")))));
        String round = item.path("round").isTextual() ? item.path("round").asText() : null;
        return new Assignment(new Scope(item.path("competition").asText(), item.path("event").asText(), round), null,
                item.path("chiefJudge").asBoolean(), List.copyOf(modules), item.path("locked").asBoolean(), item.path("entrants").asLong());
    }

    public Assignment named(String name) {
        return new Assignment(scope, name, chiefJudge, modules, locked, entrants);
    }

    public Optional<Module> module(String code) {
        return modules.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The event as people know it: its name when known, and its codes. */
    public String title() {
        return (eventName == null ? "" : eventName + " · ") + scope.label();
    }
}

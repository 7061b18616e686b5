package org.skillscontest.contracts;

/** A competition event (赛项) by its codes, with the level of its competition. */
public record EventRef(String competition, String event, Level level) {

    /** The record key of every per-event topic: {@code competition/event}. */
    public String key() {
        return Topic.eventKey(competition, event);
    }
}

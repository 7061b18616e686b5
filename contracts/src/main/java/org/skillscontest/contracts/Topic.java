package org.skillscontest.contracts;

/**
 * Every Kafka topic of the contract, with the record type of its value. The CloudEvents type
 * ({@code ce_type}) of a record is its topic's name, which ends in the schema version.
 */
public enum Topic {
    EVENT_OPENED("registration.event-opened.v1", EventOpened.class),
    ENTRY_REGISTERED("registration.entry-registered.v1", EntryRegistered.class),
    ENTRY_WITHDRAWN("registration.entry-withdrawn.v1", EntryWithdrawn.class),
    RESULTS_PUBLISHED("scoring.results-published.v1", ResultsPublished.class),
    ROUND_RESULTS_PUBLISHED("scoring.round-results-published.v1", RoundResultsPublished.class),
    ROUND_RANKED("ranking.round-ranked.v1", RoundRanked.class),
    EVENT_RANKED("ranking.event-ranked.v1", EventRanked.class),
    ENTRANT_PROMOTED("ranking.entrant-promoted.v1", EntrantPromoted.class),
    PROMOTION_REVOKED("ranking.promotion-revoked.v1", PromotionRevoked.class),
    HONOUR_RECOMMENDED("ranking.honour-recommended.v1", HonourRecommended.class),
    HONOUR_WITHDRAWN("ranking.honour-withdrawn.v1", HonourWithdrawn.class),
    OBJECTION("ranking.objection.v1", ObjectionStep.class),
    RESULTS_FINALISED("ranking.results-finalised.v1", ResultsFinalised.class);

    private final String topicName;
    private final Class<? extends Record> valueType;

    Topic(String topicName, Class<? extends Record> valueType) {
        this.topicName = topicName;
        this.valueType = valueType;
    }

    public String topicName() {
        return topicName;
    }

    public Class<? extends Record> valueType() {
        return valueType;
    }

    /** The CloudEvents {@code ce_type} of this topic's records. */
    public String ceType() {
        return topicName;
    }

    /** Where a consumer puts a record of this topic that it cannot process. */
    public String deadLetterTopic() {
        return topicName + ".dlq";
    }

    /** The JSON Schema of the value, as a classpath resource. */
    public String schemaResource() {
        return "/schemas/" + topicName + ".schema.json";
    }

    public static Topic forValue(Record value) {
        for (Topic t : values()) {
            if (t.valueType == value.getClass()) {
                return t;
            }
        }
        throw new IllegalArgumentException("no topic carries " + value.getClass().getName());
    }

    /** The key of per-event topics: records of one event stay in order. */
    public static String eventKey(String competition, String event) {
        return competition + "/" + event;
    }

    /**
     * How services name an earlier round of an event inside their own stores (not a record key: the
     * round topics are keyed by {@link #eventKey}, so a round's records stay in order with its event's).
     * The final round is the event itself, {@link #eventKey}.
     */
    public static String roundKey(String competition, String event, String round) {
        return eventKey(competition, event) + "/" + round;
    }
}

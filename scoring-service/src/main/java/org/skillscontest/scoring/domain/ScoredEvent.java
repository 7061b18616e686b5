package org.skillscontest.scoring.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.contracts.Topic;

/**
 * An event as scoring knows it: its scheme (from registration), its panel, and whether it is locked.
 * An event in rounds has one row per round, each with the round's scheme, panel, lock and versions:
 * earlier rounds under {@link Topic#roundKey}, the final under the event's own key, so that the final
 * is scored, locked and published exactly as an event of one round.
 */
@Entity
@Table(name = "scored_event")
public class ScoredEvent extends PanacheEntityBase {

    /** {@code competition/event}, the key of every per-event topic. */
    @Id
    @Column(name = "event_key")
    public String key;

    public String competition;

    public String event;

    @Enumerated(EnumType.STRING)
    public Level level;

    @JdbcTypeCode(SqlTypes.JSON)
    public ScoringScheme scheme;

    @Column(name = "chief_judge")
    public String chiefJudge;

    /** Judge ids per practical module code. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<String>> panel;

    /** Whether a judge may not mark entrants of the judge's own federation. */
    @Column(name = "exclude_own_federation")
    public boolean excludeOwnFederation;

    /** Each judge's federation, for {@link #excludeOwnFederation}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "judge_federations")
    public Map<String, String> judgeFederations;

    @Column(name = "locked_at")
    public Instant lockedAt;

    /** The last results version published; 0 before the lock. */
    @Column(name = "results_version")
    public int resultsVersion;

    /** The round's code (初赛 PRELIM, 决赛 FINAL...); null for an event that is one round. */
    public String round;

    /** 1-based position of the round; 0 for an event that is one round. */
    @Column(name = "round_index")
    public int roundIndex;

    /** How many rounds the event has; 0 for an event that is one round. */
    @Column(name = "round_count")
    public int roundCount;

    /** The previous round's results version whose cut made this round's roster; 0 before any. */
    @Column(name = "roster_version")
    public int rosterVersion;

    /** The event's key, {@code competition/event}: the key of its records, whichever round this is. */
    public String eventKey() {
        return Topic.eventKey(competition, event);
    }

    /** Whether everyone registered for the event competes here: the first round, or an event of one round. */
    public boolean takesEveryEntrant() {
        return roundIndex <= 1;
    }

    /** Whether this is a round before the final, whose results make a cut rather than the event's results. */
    public boolean earlierRound() {
        return roundIndex > 0 && roundIndex < roundCount;
    }

    public boolean locked() {
        return lockedAt != null;
    }

    public boolean onPanel(String judge, String module) {
        return panel != null && panel.getOrDefault(module, List.of()).contains(judge);
    }

    /** Whether the judge sits on the panel of any of the event's modules. */
    public boolean onPanel(String judge) {
        return panel != null && panel.values().stream().anyMatch(judges -> judges.contains(judge));
    }

    /** Whether this is the event's chief judge (裁判长). */
    public boolean headedBy(String judge) {
        return chiefJudge != null && chiefJudge.equals(judge);
    }

    /** Whether the rule keeps this judge from marking an entrant of this federation. */
    public boolean conflicted(String judge, String entrantFederation) {
        return excludeOwnFederation && judgeFederations != null && entrantFederation != null
                && entrantFederation.equals(judgeFederations.get(judge));
    }

    public ScoringScheme.Module module(String code) {
        return scheme.modules().stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
    }
}

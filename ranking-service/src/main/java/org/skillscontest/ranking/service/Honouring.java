package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.contracts.HonourRecommended;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Honour;
import org.skillscontest.ranking.domain.HonourPolicy;
import org.skillscontest.ranking.domain.Honours;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.Standing;

/**
 * Recommends honours from the places of a ranked version, each once (the id is derived from event,
 * entry and kind), and announces them for the honours office and skill-certification systems.
 */
@ApplicationScoped
public class Honouring {

    private final Honours honours;
    private final Outbox outbox;
    private final Clock clock;

    public Honouring(Honours honours, Outbox outbox, Clock clock) {
        this.honours = honours;
        this.outbox = outbox;
        this.clock = clock;
    }

    void recommend(RankedEvent event, List<Standing> standings, Map<UUID, Contestant> people) {
        HonourPolicy policy = HonourPolicy.forLevel(event.level);
        for (Standing s : standings) {
            Contestant c = people.get(s.entryId);
            if (s.place == null || c == null || c.withdrawn) {
                continue;
            }
            for (HonourPolicy.Recommendation r : policy.recommend(s.place, c.currentSkillLevel,
                    honours.upgradedIn(c.personId, event.year))) {
                UUID id = UUID.nameUUIDFromBytes(("honour/" + event.key + "/" + s.entryId + "/" + r.kind())
                        .getBytes(StandardCharsets.UTF_8));
                if (honours.findById(id) != null) {
                    continue;
                }
                Honour h = new Honour();
                h.id = id;
                h.personId = c.personId;
                h.entryId = s.entryId;
                h.kind = r.kind();
                h.level = event.level;
                h.competition = event.competition;
                h.event = event.event;
                h.place = s.place;
                h.targetSkillLevel = r.targetSkillLevel();
                h.year = event.year;
                h.recommendedAt = Instant.now(clock);
                honours.persist(h);
                honours.flush(); // the at-most-one-upgrade-a-year check of the next row sees this one
                outbox.publish(id, new HonourRecommended(id, c.personId, r.kind(), event.level, event.competition, event.event,
                        s.place, r.targetSkillLevel()), c.personId.toString(), c.personId.toString());
            }
        }
    }
}

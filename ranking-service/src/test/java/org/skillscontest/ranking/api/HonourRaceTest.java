package org.skillscontest.ranking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.Employer;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.Rows;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * A person gets at most one skill-level upgrade a year, however many events rank them at the same
 * moment. Two events of one person are ranked truly at once: one when its late definition arrives
 * (on {@code event-opened}), the other when its results arrive (on {@code results-published}), two
 * consumers on two threads, as two replicas ranking two events would.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class HonourRaceTest {

    private static final int PAIRS = 6;

    @Inject
    ObjectMapper json;

    @Test
    void twoEventsRankedAtOnceRecommendOneSkillLevelUpgradeForTheirCommonEntrant() {
        Upstream up = new Upstream(json);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            String early = "a" + i;  // ranked when its definition arrives
            String late = "b" + i;   // ranked when its results arrive
            EventOpened earlyEvent = up.cityEvent(early, 1, AdvancementPolicy.defaults());
            up.openEvent(late, 1, AdvancementPolicy.defaults());
            UUID person = UUID.randomUUID();
            people.add(person);
            // skill level 5: first place at city level earns an upgrade to 4 in either event
            EntryRegistered inEarly = entrant(up, early, person);
            EntryRegistered inLate = entrant(up, late, person);
            up.register(inEarly);
            up.register(inLate);
            up.publishResults(early, 1, Upstream.results(List.of(inEarly), 90));
            Rows.awaitCount(2, "select count(*) from contestant where person_id = ?1", person);
            Rows.awaitCount(1, "select count(*) from result_part where event_key = ?1", up.city + "/" + early);

            CompletableFuture<Void> opening = CompletableFuture.runAsync(
                    () -> up.publish(Topic.EVENT_OPENED, earlyEvent, earlyEvent.ref().key()));
            CompletableFuture<Void> results = CompletableFuture.runAsync(
                    () -> up.publishResults(late, 1, Upstream.results(List.of(inLate), 88)));
            CompletableFuture.allOf(opening, results).join();
            up.awaitRanking(early, 1);
            up.awaitRanking(late, 1);
        }
        // both rankings of every pair are committed (awaited above), and with them their honours and outbox rows
        for (UUID person : people) {
            assertThat(Rows.count("""
                    select count(*) from honour where person_id = ?1 and kind = 'SKILL_LEVEL_UPGRADE' and withdrawn_at is null""",
                    person)).as("skill-level upgrades held by %s", person).isEqualTo(1);
            assertThat(Rows.count("""
                    select count(*) from outbox where topic = 'ranking.honour-recommended.v1'
                    and payload like '%%' || cast(?1 as text) || '%%' and payload like '%%SKILL_LEVEL_UPGRADE%%'""", person))
                    .as("honour-recommended upgrades of %s", person).isEqualTo(1);
        }
    }

    private static EntryRegistered entrant(Upstream up, String event, UUID person) {
        return new EntryRegistered(UUID.randomUUID(), person, "650203********0001", "阿依古丽", "F", "KRMY",
                new Employer("克拉玛依顺丰速运有限公司", "91650200MA77ABCDE0"), 5, up.city, event, Level.CITY, Origin.DIRECT, null);
    }
}

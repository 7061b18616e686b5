package org.skillscontest.ranking.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.skillscontest.contracts.ResultsPublished;

@ApplicationScoped
public class ResultParts implements PanacheRepositoryBase<ResultPart, Long> {

    private static final Logger LOG = Logger.getLogger(ResultParts.class);

    private final ObjectMapper json;

    public ResultParts(ObjectMapper json) {
        this.json = json;
    }

    public List<ResultPart> of(String eventKey, int version) {
        return list("eventKey = ?1 and version = ?2 order by part", eventKey, version);
    }

    /**
     * Keeps one part of a results version under {@code key} (an event's, or an earlier round's), once, with
     * the chief judge who headed the panel then (null for an earlier round, and in records written before it):
     * one statement, which writes nothing when the part is here already (a redelivery, a replay), and
     * no flush (nor its check of every loaded entity) before it.
     */
    public void keep(String key, int version, int part, int parts, List<ResultsPublished.Result> results, String chiefJudge) {
        String value;
        try {
            value = json.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the results of " + key, e);
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into result_part (event_key, version, part, parts, results, chief_judge) values (?, ?, ?, ?, ?::jsonb, ?)
                    on conflict (event_key, version, part) do nothing""")) {
                insert.setString(1, key);
                insert.setInt(2, version);
                insert.setInt(3, part);
                insert.setInt(4, parts);
                insert.setString(5, value);
                insert.setString(6, chiefJudge);
                insert.executeUpdate();
            }
        });
    }

    /**
     * The parts, in part order, of the newest version under {@code key} newer than {@code shown} that
     * can be ranked now (every part here, every entrant named among {@code known}: {@link PendingResults});
     * empty when none can.
     */
    public List<ResultPart> readyVersion(String key, int shown, Set<UUID> known) {
        List<ResultPart> pending = newerThan(key, shown);
        if (pending.isEmpty()) {
            return List.of();
        }
        List<PendingResults.Part> received = pending.stream()
                .map(p -> new PendingResults.Part(p.version, p.part, p.parts,
                        p.results.stream().map(ResultsPublished.Result::entryId).toList()))
                .toList();
        PendingResults.Outcome outcome = PendingResults.assess(shown, received, known);
        if (outcome instanceof PendingResults.Ready ready) {
            return pending.stream().filter(p -> p.version == ready.version()).sorted(Comparator.comparingInt(p -> p.part)).toList();
        }
        if (outcome instanceof PendingResults.AwaitingEntrants waiting) {
            LOG.infof("%s results version %d waits for %d entrant(s) not registered here yet, e.g. %s",
                    key, waiting.version(), waiting.unknown().size(), waiting.unknown().iterator().next());
        }
        return List.of();
    }

    /** The parts of versions newer than {@code version}: what may still be ranked. */
    public List<ResultPart> newerThan(String eventKey, int version) {
        return list("eventKey = ?1 and version > ?2 order by version, part", eventKey, version);
    }

    /**
     * Of these events, those holding parts newer than the version they show (or any part, for an
     * event not yet opened): results waiting, perhaps for entrants that have just arrived.
     */
    public Set<String> waitingIn(Collection<String> eventKeys) {
        if (eventKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("""
                        select distinct p.eventKey from ResultPart p
                        where p.eventKey in :keys
                          and p.version > coalesce((select e.rankedVersion from RankedEvent e where e.key = p.eventKey), 0)""",
                        String.class)
                .setParameter("keys", eventKeys).getResultList());
    }
}

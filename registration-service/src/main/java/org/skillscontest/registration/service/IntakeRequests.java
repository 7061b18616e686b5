package org.skillscontest.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.registration.domain.EntryRequest;

/**
 * The idempotency store of the bulk intake ({@code Idempotency-Key}): per federation and key, a hash
 * of the request and the very text first answered, in the intake's transaction. The first request
 * claims the key; a concurrent retry waits on the key's row and then gets that text back.
 */
@ApplicationScoped
public class IntakeRequests {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public IntakeRequests(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** A request under an idempotency key: what it is (its hash) and who sent it under which key. */
    public record Key(String federation, String key, String requestHash) {
    }

    /** The key of this request: the hash covers the event and every row, as sent. */
    public Key keyOf(String federation, String idempotencyKey, String competition, String event, List<EntryRequest> requests) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((competition + "/" + event + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(requests));
            return new Key(federation, idempotencyKey, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims the key for this request, or returns the answer given to the request that claimed it
     * first (waiting until that one commits). The same key for another request is refused (422).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<byte[]> claimOrEarlierAnswer(Key key) {
        int claimed = em.createNativeQuery("""
                        insert into intake_request (federation, idempotency_key, request_hash, created_at)
                        values (:federation, :key, :hash, :at) on conflict do nothing""")
                .setParameter("federation", key.federation()).setParameter("key", key.key())
                .setParameter("hash", key.requestHash()).setParameter("at", Instant.now(clock))
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) em.createNativeQuery("""
                        select request_hash, answer from intake_request
                        where federation = :federation and idempotency_key = :key""")
                .setParameter("federation", key.federation()).setParameter("key", key.key())
                .getSingleResult();
        if (!key.requestHash().equals(earlier[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was used for a different request.",
                    List.of(new FieldError("Idempotency-Key", "reused", "send a new key for a new request")));
        }
        return Optional.of(((String) earlier[1]).getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps the answer of the request that claimed the key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(Key key, byte[] answer) {
        em.createNativeQuery("""
                        update intake_request set answer = :answer
                        where federation = :federation and idempotency_key = :key""")
                .setParameter("answer", new String(answer, StandardCharsets.UTF_8)).setParameter("federation", key.federation())
                .setParameter("key", key.key()).executeUpdate();
    }
}

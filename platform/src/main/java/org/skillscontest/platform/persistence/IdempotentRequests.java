package org.skillscontest.platform.persistence;

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
import java.util.function.Supplier;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;

/**
 * The idempotency store of requests sent with an {@code Idempotency-Key} (table
 * {@code idempotent_request}, db/platform V0_4): per scope (whose keys: a federation's intake, an
 * event's import) and key, a hash of the request and the very text first answered, written in the
 * request's own transaction. The first request claims the key; a concurrent retry waits on the key's
 * row and then gets that text back; the same key for another request is refused (422).
 */
@ApplicationScoped
public class IdempotentRequests {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentRequests(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** A request under an idempotency key: whose keys ({@code scope}), the key, and what the request is. */
    public record Key(String scope, String key, String requestHash) {
    }

    /** The key of a request: its hash covers what it addresses and its body, as the service reads it. */
    public Key keyOf(String scope, String idempotencyKey, String address, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((address + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return new Key(scope, idempotencyKey, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The answer to the request under {@code key}: the first time, {@code answer} runs and its JSON
     * is kept; afterwards, the text kept is returned and nothing runs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] once(Key key, Supplier<Object> answer) {
        Optional<byte[]> earlier = claimOrEarlierAnswer(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            byte[] text = json.writeValueAsBytes(answer.get());
            em.createNativeQuery("""
                            update idempotent_request set answer = :answer
                            where scope = :scope and idempotency_key = :key""")
                    .setParameter("answer", new String(text, StandardCharsets.UTF_8)).setParameter("scope", key.scope())
                    .setParameter("key", key.key()).executeUpdate();
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<byte[]> claimOrEarlierAnswer(Key key) {
        int claimed = em.createNativeQuery("""
                        insert into idempotent_request (scope, idempotency_key, request_hash, created_at)
                        values (:scope, :key, :hash, :at) on conflict do nothing""")
                .setParameter("scope", key.scope()).setParameter("key", key.key())
                .setParameter("hash", key.requestHash()).setParameter("at", Instant.now(clock))
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) em.createNativeQuery("""
                        select request_hash, answer from idempotent_request
                        where scope = :scope and idempotency_key = :key""")
                .setParameter("scope", key.scope()).setParameter("key", key.key())
                .getSingleResult();
        if (!key.requestHash().equals(earlier[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was used for a different request.",
                    List.of(new FieldError("Idempotency-Key", "reused", "send a new key for a new request")));
        }
        return Optional.of(((String) earlier[1]).getBytes(StandardCharsets.UTF_8));
    }
}

package org.skillscontest.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.skillscontest.contracts.TokenClaims;
import org.skillscontest.contracts.TokenSigner;

/**
 * Bearer tokens for tests, signed (RS256) by contracts' {@link TokenSigner} with a key pair made for
 * this JVM: the services under test trust its public key, so no key is ever committed.
 */
public final class Tokens {

    private static final TokenSigner SIGNER = TokenSigner.newKeyPair();

    private Tokens() {
    }

    public static String publicKeyPem() {
        return SIGNER.publicKeyPem();
    }

    public static String organizer() {
        return token("organizer-1", Set.of("organizer"), null);
    }

    public static String federation(String code) {
        return token("federation-" + code, Set.of("federation"), code);
    }

    public static String judge(String judgeId) {
        return token(judgeId, Set.of("judge"), null);
    }

    public static String chiefJudge(String judgeId) {
        return token(judgeId, Set.of("chief-judge"), null);
    }

    public static String auditor() {
        return token("auditor-1", Set.of("auditor"), null);
    }

    public static String token(String subject, Set<String> groups, String federation) {
        return SIGNER.sign(claims(subject, groups, federation));
    }

    /** Tokens a service must refuse, each carrying the given claims, so that accepting one would show. */
    public static Bad bad(String subject, Set<String> groups, String federation) {
        return new Bad(subject, groups, federation);
    }

    public static final class Bad {
        private final String subject;
        private final Set<String> groups;
        private final String federation;

        private Bad(String subject, Set<String> groups, String federation) {
            this.subject = subject;
            this.groups = groups;
            this.federation = federation;
        }

        /** Trusted issuer and key, but expired an hour ago. */
        public String expired() {
            Instant now = Instant.now();
            return SIGNER.sign(claims(subject, groups, federation)
                    .during(now.minus(3, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS)));
        }

        /** Expired two minutes ago: beyond the 30 s the services allow for clocks that differ. */
        public String expiredBeyondSkew() {
            Instant now = Instant.now();
            return SIGNER.sign(claims(subject, groups, federation).during(now.minus(1, ChronoUnit.HOURS), now.minusSeconds(120)));
        }

        /** Trusted issuer and key, but for another system. */
        public String wrongAudience() {
            return SIGNER.sign(claims(subject, groups, federation).withAudience("urn:another-system"));
        }

        /** Valid now, but for longer than any token may be (a day; the services allow 12 hours). */
        public String tooLongLived() {
            Instant now = Instant.now();
            return SIGNER.sign(claims(subject, groups, federation).during(now, now.plus(24, ChronoUnit.HOURS)));
        }

        /** Issued ten minutes in the future: a clock far ahead, or a token minted for later. */
        public String issuedInTheFuture() {
            Instant later = Instant.now().plus(10, ChronoUnit.MINUTES);
            return SIGNER.sign(claims(subject, groups, federation).during(later, later.plus(1, ChronoUnit.HOURS)));
        }

        public String wrongIssuer() {
            return SIGNER.sign(claims(subject, groups, federation).withIssuer("urn:someone-else"));
        }

        public String foreignKey() {
            return TokenSigner.newKeyPair().sign(claims(subject, groups, federation));
        }

        /** The claims pasted under the valid signature of the same subject's token without any role. */
        public String tampered() {
            String[] roleless = token(subject, Set.of(), federation).split("\\.");
            return roleless[0] + "." + payload() + "." + roleless[2];
        }

        /** The trusted claims with {@code alg: none} and no signature. */
        public String unsigned() {
            String header = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            return header + "." + payload() + ".";
        }

        public String garbage() {
            return "not-a-jwt";
        }

        private String payload() {
            return token(subject, groups, federation).split("\\.")[1];
        }
    }

    /** Expired ten seconds ago: within the 30 s the services allow for clocks that differ, so still accepted. */
    public static String expiredWithinSkew(String subject, Set<String> groups, String federation) {
        Instant now = Instant.now();
        return SIGNER.sign(claims(subject, groups, federation).during(now.minus(1, ChronoUnit.HOURS), now.minusSeconds(10)));
    }

    /** The contract's issuer and audience, valid for two hours from now. */
    private static TokenClaims claims(String subject, Set<String> groups, String federation) {
        return TokenClaims.of(subject, sorted(groups), federation, Instant.now(), Duration.ofHours(2));
    }

    private static List<String> sorted(Set<String> groups) {
        return List.copyOf(new TreeSet<>(groups));
    }
}

package org.skillscontest.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import org.skillscontest.contracts.TokenContract;

/**
 * Bearer tokens for tests, signed (RS256) by a key pair made for this JVM: the services under test
 * trust its public key, so no key is ever committed.
 */
public final class Tokens {

    public static final String ISSUER = TokenContract.ISSUER;

    private static final KeyPair KEYS = generate();

    private Tokens() {
    }

    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
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
        return claims(ISSUER, subject, groups, federation).expiresIn(Duration.ofHours(2)).sign(KEYS.getPrivate());
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
            return claims(ISSUER, subject, groups, federation)
                    .issuedAt(Instant.now().minus(3, ChronoUnit.HOURS)).expiresAt(Instant.now().minus(1, ChronoUnit.HOURS))
                    .sign(KEYS.getPrivate());
        }

        public String wrongIssuer() {
            return claims("urn:someone-else", subject, groups, federation).sign(KEYS.getPrivate());
        }

        public String foreignKey() {
            return claims(ISSUER, subject, groups, federation).sign(generate().getPrivate());
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

    private static JwtClaimsBuilder claims(String issuer, String subject, Set<String> groups, String federation) {
        var claims = Jwt.issuer(issuer).subject(subject).upn(subject).groups(groups);
        if (federation != null) {
            claims.claim(TokenContract.FEDERATION_CLAIM, federation);
        }
        return claims;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.skillscontest.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for tests, signed (RS256) by a key pair made for this JVM: the services under test
 * trust its public key, so no key is ever committed.
 */
public final class Tokens {

    public static final String ISSUER = "urn:skillscontest";

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
        var claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(groups)
                .expiresIn(Duration.ofHours(2));
        if (federation != null) {
            claims.claim("federation", federation);
        }
        return claims.sign(KEYS.getPrivate());
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

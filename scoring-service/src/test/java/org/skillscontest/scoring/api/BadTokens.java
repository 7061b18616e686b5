package org.skillscontest.scoring.api;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import org.skillscontest.testing.Tokens;

/**
 * Tokens the service must not accept. Each claims every role for the given subject (a chief judge of
 * the event under test), so that a service that accepted one would answer as if to the rightful caller.
 */
final class BadTokens {

    private static final Set<String> EVERY_ROLE = Set.of("organizer", "federation", "judge", "chief-judge", "auditor");

    private BadTokens() {
    }

    static String expired(String subject) {
        return claims(Tokens.ISSUER, subject)
                .issuedAt(Instant.now().minus(3, ChronoUnit.HOURS)).expiresAt(Instant.now().minus(1, ChronoUnit.HOURS))
                .sign(trustedKey());
    }

    static String wrongIssuer(String subject) {
        return claims("urn:someone-else", subject).sign(trustedKey());
    }

    static String foreignKey(String subject) {
        return claims(Tokens.ISSUER, subject).sign(freshKey());
    }

    static String garbage() {
        return "not-a-jwt";
    }

    /** The trusted claims with {@code alg: none} and no signature. */
    static String unsigned(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + claims(Tokens.ISSUER, subject).sign(trustedKey()).split("\\.")[1] + ".";
    }

    /** Well signed, by the trusted issuer, but with no role at all: authenticated, entitled to nothing. */
    static String noRole(String subject) {
        return Tokens.token(subject, Set.of(), null);
    }

    private static JwtClaimsBuilder claims(String issuer, String subject) {
        return Jwt.issuer(issuer).subject(subject).upn(subject).groups(EVERY_ROLE).claim("federation", Contest.FEDERATION);
    }

    /** The key the service trusts: Tokens signs live tokens only, an expired one needs the key itself. */
    private static PrivateKey trustedKey() {
        try {
            var field = Tokens.class.getDeclaredField("KEYS");
            field.setAccessible(true);
            return ((KeyPair) field.get(null)).getPrivate();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

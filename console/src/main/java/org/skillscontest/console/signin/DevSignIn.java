package org.skillscontest.console.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.MalformedClaimException;
import org.skillscontest.contracts.TokenClaims;
import org.skillscontest.contracts.TokenContract;
import org.skillscontest.contracts.TokenSigner;

/**
 * The local stack's development sign-in: pick a role, a federation or a judge, and the console signs a
 * token with the stack's own key (the one the services trust there), as {@code ./pipeline token} does.
 * Off unless {@code console.dev-sign-in.enabled}; only the local stack turns it on. Production signs
 * people in through the union's identity provider instead ({@link OidcSignIn}).
 */
@ApplicationScoped
public class DevSignIn {

    @ConfigMapping(prefix = "console.dev-sign-in")
    public interface Settings {
        @WithDefault("false")
        boolean enabled();

        /** The stack's private key (PKCS#8 PEM), {@code deploy/.stack/keys/private.pem}. */
        Optional<Path> signingKey();

        @WithDefault("12h")
        Duration lifetime();
    }

    private final Settings settings;
    private final TokenSigner signer;
    private final JwtConsumer verifier;

    DevSignIn(Settings settings) {
        this.settings = settings;
        if (!settings.enabled()) {
            signer = null;
            verifier = null;
            return;
        }
        Path key = settings.signingKey().orElseThrow(() -> new IllegalStateException(
                "console.dev-sign-in.enabled is on but console.dev-sign-in.signing-key names no key: the local stack passes its own"));
        try {
            signer = TokenSigner.fromPrivateKeyPem(Files.readString(key));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the development sign-in's key " + key, e);
        }
        verifier = new JwtConsumerBuilder()
                .setVerificationKey(signer.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(TokenContract.ISSUER)
                .setExpectedAudience(TokenContract.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .build();
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** A token for the person picked on the sign-in page. */
    public String signIn(Role role, String subject, String federation) {
        requireEnabled();
        TokenClaims claims = TokenClaims.of(subject, List.of(role.claim()),
                role == Role.FEDERATION ? federation : null, Instant.now(), settings.lifetime());
        return signer.sign(claims);
    }

    /** The person of a token this sign-in made, if it is genuine and not expired. */
    public Optional<ConsoleUser> read(String token) {
        if (!enabled() || token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Claims.user(verifier.processToClaims(token), token));
        } catch (InvalidJwtException | MalformedClaimException e) {
            return Optional.empty();
        }
    }

    private void requireEnabled() {
        if (!enabled()) {
            throw new IllegalStateException("the development sign-in is off");
        }
    }
}

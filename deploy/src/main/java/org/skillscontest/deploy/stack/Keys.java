package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.skillscontest.contracts.TokenClaims;
import org.skillscontest.contracts.TokenSigner;

/**
 * The local stack's signing key: made on first use and kept in the state folder, never committed.
 * The services trust its public half; {@link #token} signs bearer tokens (RS256) with the private half.
 */
public final class Keys {

    private final Path publicKey;
    private final TokenSigner signer;

    private Keys(Path publicKey, TokenSigner signer) {
        this.publicKey = publicKey;
        this.signer = signer;
    }

    public static Keys in(Path folder) {
        try {
            Files.createDirectories(folder);
            Path pub = folder.resolve("public.pem");
            Path priv = folder.resolve("private.pem");
            if (!Files.exists(pub) || !Files.exists(priv)) {
                TokenSigner fresh = TokenSigner.newKeyPair();
                Files.writeString(priv, fresh.privateKeyPem());
                Files.writeString(pub, fresh.publicKeyPem());
            }
            return new Keys(pub, TokenSigner.fromPrivateKeyPem(Files.readString(priv)));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot make or read the stack's keys in " + folder, e);
        }
    }

    public Path publicKey() {
        return publicKey;
    }

    /** The signing key (PKCS#8 PEM): the console's development sign-in signs with it. */
    public Path privateKey() {
        return publicKey.resolveSibling("private.pem");
    }

    /**
     * The key registration and scoring share for ID-number digests (platform IdNumberDigest): made
     * on first use beside the signing key, never committed.
     */
    public String idNumberDigestKey() {
        Path file = publicKey.resolveSibling("id-number-digest.key");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new java.security.SecureRandom().nextBytes(random);
                Files.writeString(file, java.util.HexFormat.of().formatHex(random));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot make or read " + file, e);
        }
    }

    /** A bearer token for {@code role}; {@code federation} is the federation code claim of federation tokens. */
    public String token(String role, String federation, String subject, Duration validFor) {
        String who = subject == null ? role : subject;
        return signer.sign(TokenClaims.of(who, List.of(role), federation, Instant.now(), validFor));
    }
}

package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.skillscontest.contracts.TokenContract;

/**
 * The local stack's signing key: made on first use and kept in the state folder, never committed.
 * The services trust its public half; {@link #token} signs bearer tokens (RS256) with the private half.
 */
public final class Keys {

    private final Path publicKey;
    private final PrivateKey privateKey;

    private Keys(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    public static Keys in(Path folder) {
        try {
            Files.createDirectories(folder);
            Path pub = folder.resolve("public.pem");
            Path priv = folder.resolve("private.pem");
            if (!Files.exists(pub) || !Files.exists(priv)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            String body = Files.readString(priv).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new Keys(pub, key);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make or read the stack's keys in " + folder, e);
        }
    }

    public Path publicKey() {
        return publicKey;
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
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(TokenContract.ISSUER);
        claims.setSubject(subject == null ? role : subject);
        claims.setClaim("upn", subject == null ? role : subject);
        claims.setStringListClaim("groups", List.of(role));
        if (federation != null) {
            claims.setClaim(TokenContract.FEDERATION_CLAIM, federation);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(validFor).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

package org.skillscontest.contracts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * Signs bearer tokens the way {@link TokenContract} says the services verify them: a compact JWS,
 * header {@code {"alg":"RS256","typ":"JWT"}}, the {@link TokenClaims} as payload, signed with
 * SHA256withRSA, each part base64url without padding. The one signing path of the local stack and
 * of the tests; the JDK only, so it runs anywhere (no JOSE library, no MicroProfile Config).
 */
public final class TokenSigner {

    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private TokenSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A signer with a fresh 2048-bit RSA key pair. */
    public static TokenSigner newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new TokenSigner(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an RSA key pair", e);
        }
    }

    /**
     * A signer with the RSA private key of a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}, as
     * {@link #privateKeyPem()} writes it); its public half is derived from the key's CRT parameters.
     */
    public static TokenSigner fromPrivateKeyPem(String pem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey key = rsa.generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(pem, "PRIVATE KEY")));
            if (!(key instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalArgumentException("the RSA private key carries no public exponent (no CRT parameters)");
            }
            return new TokenSigner(key, rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key in PKCS#8: " + e.getMessage(), e);
        }
    }

    /** The compact JWS {@code header.claims.signature}. */
    public String sign(TokenClaims claims) {
        String signed = base64Url(HEADER) + "." + base64Url(claims.json());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey);
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The key that verifies this signer's tokens. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as the services read it ({@code mp.jwt.verify.publickey}): X.509 SubjectPublicKeyInfo PEM. */
    public String publicKeyPem() {
        return Pem.encode("PUBLIC KEY", publicKey.getEncoded());
    }

    /** The private key as PKCS#8 PEM, which {@link #fromPrivateKeyPem} reads back. */
    public String privateKeyPem() {
        return Pem.encode("PRIVATE KEY", privateKey.getEncoded());
    }

    private static String base64Url(String text) {
        return BASE64URL.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** PEM (RFC 7468): base64 in lines of 64 between the type's BEGIN and END lines. */
    private static final class Pem {

        static String encode(String type, byte[] der) {
            return "-----BEGIN " + type + "-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END " + type + "-----\n";
        }

        /** The DER between the type's BEGIN and END lines; the MIME decoder skips the line breaks. */
        static byte[] decode(String pem, String type) {
            String begin = "-----BEGIN " + type + "-----";
            String end = "-----END " + type + "-----";
            int from = pem.indexOf(begin);
            int to = pem.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("no " + begin + " … " + end + " block in the PEM");
            }
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        }
    }
}

package org.skillscontest.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokens the stack and the tests sign: RS256 that verifies, the claims the contract names, JSON that parses. */
class TokenSignerTest {

    private static final TokenSigner SIGNER = TokenSigner.newKeyPair();
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSignatureVerifiesWithThePublicKeyAndWithNoOther() throws Exception {
        String token = SIGNER.sign(TokenClaims.of("organizer-1", List.of("organizer"), null, NOW, Duration.ofHours(2)));

        String[] parts = token.split("\\.", -1);
        assertThat(parts).hasSize(3);
        assertThat(verifies(parts, SIGNER.publicKey())).isTrue();
        assertThat(verifies(parts, TokenSigner.newKeyPair().publicKey())).isFalse();
        String otherClaims = SIGNER.sign(TokenClaims.of("organizer-1", List.of("auditor"), null, NOW,
                Duration.ofHours(2))).split("\\.")[1];
        assertThat(verifies(new String[] {parts[0], otherClaims, parts[2]}, SIGNER.publicKey())).isFalse();
    }

    @Test
    void theHeaderSaysRs256AndEveryPartIsBase64UrlWithoutPadding() throws Exception {
        String token = SIGNER.sign(TokenClaims.of("judge-7", List.of("judge"), null, NOW, Duration.ofMinutes(5)));

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(decode(token.split("\\.")[0])).isEqualTo("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        assertThat(Base64.getUrlDecoder().decode(token.split("\\.")[2])).hasSize(256); // a 2048-bit RSA signature
    }

    @Test
    void theClaimsAreTheContractsIssuerSubjectGroupsFederationAndSecondsSinceTheEpoch() throws Exception {
        JsonNode claims = claims(SIGNER.sign(TokenClaims.of("federation-KRMY", List.of("federation", "auditor"), "KRMY",
                NOW, Duration.ofHours(1))));

        assertThat(claims.get("iss").asText()).isEqualTo(TokenContract.ISSUER);
        assertThat(claims.get("sub").asText()).isEqualTo("federation-KRMY");
        assertThat(claims.get("upn").asText()).isEqualTo("federation-KRMY");
        assertThat(claims.get("groups").isArray()).isTrue();
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("federation", "auditor");
        assertThat(claims.get(TokenContract.FEDERATION_CLAIM).asText()).isEqualTo("KRMY");
        assertThat(claims.get("iat").isIntegralNumber()).isTrue();
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(NOW.plus(Duration.ofHours(1)).getEpochSecond());
    }

    @Test
    void noFederationNoFederationClaimAndNoRoleAnEmptyGroupsArray() throws Exception {
        JsonNode claims = claims(SIGNER.sign(TokenClaims.of("nobody", List.of(), null, NOW, Duration.ofHours(1))));

        assertThat(claims.has(TokenContract.FEDERATION_CLAIM)).isFalse();
        assertThat(claims.get("groups").isArray()).isTrue();
        assertThat(claims.get("groups")).isEmpty();
    }

    @Test
    void anotherIssuerIsCarriedAsGiven() throws Exception {
        TokenClaims claims = TokenClaims.of("organizer-1", List.of("organizer"), null, NOW, Duration.ofHours(1))
                .withIssuer("urn:someone-else");

        assertThat(claims(SIGNER.sign(claims)).get("iss").asText()).isEqualTo("urn:someone-else");
    }

    @Test
    void quotesBackslashesControlCharactersAndChineseSurviveTheJson() throws Exception {
        String subject = "a\"b\\c/d\ne\tf\r\b\f\u0001\u001f 选手 \u2028";
        String federation = "KR\"MY";

        JsonNode claims = claims(SIGNER.sign(TokenClaims.of(subject, List.of("ju\"dge", "x\\y"), federation, NOW,
                Duration.ofHours(1))));

        assertThat(claims.get("sub").asText()).isEqualTo(subject);
        assertThat(claims.get("upn").asText()).isEqualTo(subject);
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("ju\"dge", "x\\y");
        assertThat(claims.get(TokenContract.FEDERATION_CLAIM).asText()).isEqualTo(federation);
        assertThat(TokenClaims.of("\u0001", List.of(), null, NOW, Duration.ZERO).json()).contains("\"sub\":\"\\u0001\"");
    }

    @Test
    void thePublicKeyPemIsX509InLinesOf64AndThePrivateKeyPemReadsBackIntoTheSameKey() throws Exception {
        String publicPem = SIGNER.publicKeyPem();
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("\n-----END PUBLIC KEY-----\n");
        assertThat(publicPem.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
        PublicKey parsed = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
                .decode(publicPem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""))));
        assertThat(parsed).isEqualTo(SIGNER.publicKey());

        // as a file edited on Windows might have it: CRLF, text around the block
        String privatePem = "the stack's key\r\n" + SIGNER.privateKeyPem().replace("\n", "\r\n") + "\r\n";
        TokenSigner read = TokenSigner.fromPrivateKeyPem(privatePem);
        assertThat(read.publicKey()).isEqualTo(SIGNER.publicKey());
        assertThat(read.publicKeyPem()).isEqualTo(publicPem);
        String token = read.sign(TokenClaims.of("organizer-1", List.of("organizer"), null, NOW, Duration.ofHours(1)));
        assertThat(verifies(token.split("\\."), SIGNER.publicKey())).isTrue();
    }

    @Test
    void aPemThatHoldsNoPkcs8PrivateKeyIsRefusedSayingSo() {
        String pkcs1 = SIGNER.privateKeyPem().replace("PRIVATE KEY", "RSA PRIVATE KEY");
        assertThatThrownBy(() -> TokenSigner.fromPrivateKeyPem(pkcs1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-----BEGIN PRIVATE KEY-----");
        assertThatThrownBy(() -> TokenSigner.fromPrivateKeyPem(SIGNER.publicKeyPem()))
                .isInstanceOf(IllegalArgumentException.class);
        String notAKey = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        assertThatThrownBy(() -> TokenSigner.fromPrivateKeyPem(notAKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#8");
    }

    private static boolean verifies(String[] parts, PublicKey key) throws GeneralSecurityException {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(decode(token.split("\\.")[1]));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}

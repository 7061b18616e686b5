package org.skillscontest.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.TokenContract;

/** The federation claim read as the string it is; the issuer the platform verifies is the contract's. */
class CallerTest {

    @Test
    void theFederationClaimIsReadAsAString() {
        assertThat(callerWith(Json.createValue("KRMY-KLMY")).federation()).isEqualTo("KRMY-KLMY");
        assertThat(callerWith("KRMY-KLMY").federation()).isEqualTo("KRMY-KLMY");
        // a quote inside the code is part of it, not JSON's: nothing is stripped from a string
        assertThat(callerWith(Json.createValue("a\"b")).federation()).isEqualTo("a\"b");
    }

    @Test
    void noClaimOrOneThatIsNotAStringNamesNoFederation() {
        assertThat(callerWith(null).federation()).isNull();
        assertThat(callerWith(Json.createValue(42)).federation()).isNull();
        assertThat(callerWith(Json.createArrayBuilder().add("KRMY").build()).federation()).isNull();
    }

    @Test
    void thePlatformVerifiesTheContractsIssuerAndAudience() throws IOException {
        Properties defaults = new Properties();
        try (var in = new FileInputStream("src/main/resources/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("mp.jwt.verify.issuer")).isEqualTo(TokenContract.ISSUER);
        assertThat(defaults.getProperty("mp.jwt.verify.audiences")).isEqualTo(TokenContract.AUDIENCE);
    }

    private static Caller callerWith(Object federationClaim) {
        Map<String, Object> claims = new java.util.HashMap<>();
        if (federationClaim != null) {
            claims.put(Roles.FEDERATION_CLAIM, federationClaim);
        }
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return "federation-1";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return new Caller(null, token);
    }
}

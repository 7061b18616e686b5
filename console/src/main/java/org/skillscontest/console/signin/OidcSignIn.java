package org.skillscontest.console.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Production sign-in: the union's identity provider, OpenID Connect authorization-code flow
 * (quarkus-oidc, {@code quarkus.oidc.*}). The provider's access token carries the roles in
 * {@code groups} and the federation code, as the services expect; the console sends that token on.
 * quarkus-oidc has verified it ({@code quarkus.oidc.authentication.verify-access-token}).
 */
@ApplicationScoped
public class OidcSignIn {

    private final boolean enabled;

    OidcSignIn(@ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<ConsoleUser> read(SecurityIdentity identity) {
        if (!enabled || identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null) {
            return Optional.empty();
        }
        String token = credential.getToken();
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return Optional.of(Claims.user(JwtClaims.parse(json), token));
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

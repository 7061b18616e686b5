package org.skillscontest.console.signin;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.skillscontest.contracts.TokenContract;

/** Reads the person out of a token's claims, as the services read them ({@code sub}, {@code groups}, {@code federation}). */
final class Claims {

    private Claims() {
    }

    static ConsoleUser user(JwtClaims claims, String token) throws MalformedClaimException {
        List<String> groups = claims.hasClaim("groups") ? claims.getStringListClaimValue("groups") : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.ofClaim(g).ifPresent(roles::add));
        String federation = claims.getStringClaimValue(TokenContract.FEDERATION_CLAIM);
        Instant expires = claims.getExpirationTime() == null ? null
                : Instant.ofEpochSecond(claims.getExpirationTime().getValue());
        return new ConsoleUser(claims.getSubject(), roles, federation, token, expires);
    }
}

package org.skillscontest.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.skillscontest.platform.problem.ProblemException;

/** Who is calling: roles from the token's groups, the federation code and the subject. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The subject ({@code sub}): a judge's id, for instance. */
    public String subject() {
        return token.getSubject();
    }

    /** The federation code of a federation token, or null (no claim, or one that is not a string). */
    public String federation() {
        Object claim = token.getClaim(Roles.FEDERATION_CLAIM);
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim instanceof String code ? code : null;
    }

    /** The federation a federation token acts for; a token without the claim acts for none (never for all). */
    public String ownFederation() {
        String federation = federation();
        if (federation == null || federation.isBlank()) {
            throw ProblemException.forbidden("The token names no federation.");
        }
        return federation;
    }

    /** Refuses a federation caller acting for another federation; organisers act for all. */
    public void requireFederation(String federation) {
        if (hasRole(Roles.ORGANIZER)) {
            return;
        }
        if (!hasRole(Roles.FEDERATION) || !federation.equals(federation())) {
            throw ProblemException.forbidden("A federation reads and writes only its own entries.");
        }
    }
}

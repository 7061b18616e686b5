package org.skillscontest.contracts;

/**
 * What a bearer token the services accept carries (docs/contract.md, security): RS256, this issuer,
 * the role in {@code groups}, a federation's code in the {@code federation} claim, this audience in
 * {@code aud} (a token an identity provider issued for another system is refused). Whoever signs
 * tokens (the local stack, the tests: both through {@link TokenSigner}) and whoever verifies them (the
 * platform's {@code mp.jwt.verify.issuer}, checked against {@link #ISSUER} by a platform test) use these.
 */
public final class TokenContract {

    public static final String ISSUER = "urn:skillscontest";

    /** The services' audience: {@code mp.jwt.verify.audiences}. */
    public static final String AUDIENCE = "skillscontest-api";

    /** The claim that carries a federation token's federation code. */
    public static final String FEDERATION_CLAIM = "federation";

    private TokenContract() {
    }
}

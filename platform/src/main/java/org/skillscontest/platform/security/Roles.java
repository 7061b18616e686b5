package org.skillscontest.platform.security;

import org.skillscontest.contracts.TokenContract;

/** The roles of the contract, as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String ORGANIZER = "organizer";
    public static final String FEDERATION = "federation";
    public static final String JUDGE = "judge";
    public static final String CHIEF_JUDGE = "chief-judge";
    public static final String AUDITOR = "auditor";

    /** The claim that carries a federation token's federation code. */
    public static final String FEDERATION_CLAIM = TokenContract.FEDERATION_CLAIM;

    private Roles() {
    }
}

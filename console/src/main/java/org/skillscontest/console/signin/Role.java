package org.skillscontest.console.signin;

import java.util.Arrays;
import java.util.Optional;

/** The roles the services' tokens carry in {@code groups}, with the names people know them by. */
public enum Role {
    FEDERATION("federation", "工会 Federation"),
    JUDGE("judge", "裁判 Judge"),
    CHIEF_JUDGE("chief-judge", "裁判长 Chief judge"),
    ORGANIZER("organizer", "组委会 Organiser"),
    AUDITOR("auditor", "监督 Auditor");

    private final String claim;
    private final String label;

    Role(String claim, String label) {
        this.claim = claim;
        this.label = label;
    }

    /** The value in the token's {@code groups} claim. */
    public String claim() {
        return claim;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}

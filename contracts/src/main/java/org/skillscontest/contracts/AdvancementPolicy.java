package org.skillscontest.contracts;

/**
 * Advancement settings of an event: what happens to entrants tied at the quota line, and an
 * optional cap on the entrants one federation sends up ({@code perFederationCap}, null: no cap).
 * A missing {@code ties} reads as ALL.
 */
public record AdvancementPolicy(TiesAtLine ties, Integer perFederationCap) {

    public AdvancementPolicy {
        ties = ties == null ? TiesAtLine.ALL : ties;
    }

    /** docs/domain.md's default: ties at the line all advance, no cap per federation. */
    public static AdvancementPolicy defaults() {
        return new AdvancementPolicy(TiesAtLine.ALL, null);
    }
}

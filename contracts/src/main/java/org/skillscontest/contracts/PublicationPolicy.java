package org.skillscontest.contracts;

/**
 * How an event's final-round results are published: {@code publicityDays} of publicity (公示期, a
 * setting of the competition; 0: none, the results are FINAL as soon as they are ranked) and when
 * its advancing entrants are promoted ({@code promoteWhen}, a setting of the event). Both fields
 * are always written; a record without the whole object (written before it) reads as
 * {@link #defaults()}.
 */
public record PublicationPolicy(int publicityDays, PromoteWhen promoteWhen) {

    /** docs/domain.md's default publicity period. */
    public static final int DEFAULT_PUBLICITY_DAYS = 5;

    public PublicationPolicy {
        promoteWhen = promoteWhen == null ? PromoteWhen.PROVISIONAL : promoteWhen;
    }

    /** Five days of publicity; promotions at once, as before publicity existed. */
    public static PublicationPolicy defaults() {
        return new PublicationPolicy(DEFAULT_PUBLICITY_DAYS, PromoteWhen.PROVISIONAL);
    }
}

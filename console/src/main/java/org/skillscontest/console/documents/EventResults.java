package org.skillscontest.console.documents;

import java.math.BigDecimal;
import java.util.List;

/**
 * An event's results as the documents print them: the competition's and the event's names (from
 * registration), the ranking's version and publicity state, and every place of the ranking in its
 * order (withdrawn and disqualified entrants last, without place or award).
 */
public record EventResults(String competitionName, String eventName, int version, String publicity, List<Placing> placings) {

    public EventResults {
        placings = List.copyOf(placings);
    }

    /** The award winners in place order: competing entrants holding an award (获奖者). */
    public List<Placing> winners() {
        return placings.stream().filter(Placing::winner).toList();
    }

    /**
     * One line of the ranking. {@code award} and {@code status} keep the services' codes
     * ({@code GOLD}…, {@code COMPETING}/{@code WITHDRAWN}/{@code DISQUALIFIED}); {@link Labels} names them.
     * {@code federation} is the federation's name where the console could read it, else its code.
     */
    public record Placing(Integer place, String entryId, String name, String federation, BigDecimal theory,
                          BigDecimal practical, BigDecimal total, String award, boolean advanced, String status,
                          String statusReason) {

        public boolean competing() {
            return status == null || "COMPETING".equals(status);
        }

        public boolean winner() {
            return competing() && award != null && place != null;
        }
    }
}

package org.skillscontest.registration.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.skillscontest.registration.domain.EntryRequest;

/**
 * Up to {@link #MAX_ROWS} entrants in one request. Rows are validated one by one (a bad row is
 * rejected on its own), so the list carries no {@code @Valid}.
 */
public record BatchRequest(@NotNull List<EntryRequest> entries) {

    public static final int MAX_ROWS = 5000;
}

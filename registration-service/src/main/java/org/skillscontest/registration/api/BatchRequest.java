package org.skillscontest.registration.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.skillscontest.registration.domain.EntryRequest;
import jakarta.validation.constraints.Size;

/**
 * Up to {@link #MAX_ROWS} entrants in one request (more: 400 naming {@code entries}). Rows are validated
 * one by one (a bad row is rejected on its own), so the list carries no {@code @Valid}.
 */
public record BatchRequest(@NotNull @Size(max = BatchRequest.MAX_ROWS) List<EntryRequest> entries) {

    public static final int MAX_ROWS = 5000;
}

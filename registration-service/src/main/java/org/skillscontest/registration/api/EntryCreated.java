package org.skillscontest.registration.api;

import java.util.UUID;
import org.skillscontest.registration.domain.EntryStatus;

public record EntryCreated(UUID entryId, UUID personId, EntryStatus status) {
}

package org.skillscontest.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** A station as judges see it (number only) or as the chief judge and organiser see it (with the entry). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StationView(int station, UUID entryId) {
}

package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who is at which station (工位), as scoring's {@code …/stations} tells the chief judge. A judge's copy
 * has the numbers only: {@code entryId} is null on every station (blind marking).
 */
public record Stations(List<Station> all) {

    public record Station(int number, UUID entryId) {

        /** The entry id's first eight characters: enough to tell entrants apart on a page. */
        public String shortId() {
            return entryId == null ? "" : entryId.toString().substring(0, 8);
        }
    }

    public Stations {
        all = all.stream().sorted(Comparator.comparingInt(Station::number)).toList();
    }

    public static Stations of(JsonNode stations) {
        List<Station> all = new ArrayList<>();
        for (JsonNode s : stations) {
            String entry = s.path("entryId").asText(null);
            all.add(new Station(s.path("station").asInt(), entry == null || entry.isBlank() ? null : UUID.fromString(entry)));
        }
        return new Stations(all);
    }

    public List<Integer> numbers() {
        return all.stream().map(Station::number).toList();
    }

    /** The station of each entry. */
    public Map<UUID, Integer> byEntry() {
        Map<UUID, Integer> map = new HashMap<>();
        all.stream().filter(s -> s.entryId() != null).forEach(s -> map.put(s.entryId(), s.number()));
        return map;
    }

    public Integer of(UUID entryId) {
        return byEntry().get(entryId);
    }
}

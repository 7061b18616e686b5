package org.skillscontest.scoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The draw of stations (抽签, 工位号) for blind marking: entrants without a station draw the numbers
 * after the highest one drawn so far, in random order. Stations drawn before never change, so an
 * entrant who arrives after the panel is set simply draws the next number.
 */
public final class StationDraw {

    private StationDraw() {
    }

    /** Stations for the {@code waiting} entrants, none of them among the {@code drawn} ones (nulls ignored). */
    public static <T> Map<T, Integer> draw(Collection<Integer> drawn, List<T> waiting, Random random) {
        int next = drawn.stream().filter(Objects::nonNull).max(Integer::compare).orElse(0) + 1;
        List<T> order = new ArrayList<>(waiting);
        Collections.shuffle(order, random);
        Map<T, Integer> stations = new LinkedHashMap<>();
        for (T entrant : order) {
            stations.put(entrant, next++);
        }
        return stations;
    }
}

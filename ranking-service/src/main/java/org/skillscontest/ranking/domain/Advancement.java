package org.skillscontest.ranking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.TiesAtLine;

/**
 * Who advances (晋级): the top {@code quota} places, under the event's {@link AdvancementPolicy}.
 *
 * <ul>
 *   <li>Entrants tied at the quota line all advance ({@link TiesAtLine#ALL}), or none of the tied
 *       group does ({@link TiesAtLine#NONE}); nobody placed below a tied group moves up into the line.</li>
 *   <li>With a cap per federation, an entrant whose federation already sends {@code cap} entrants is
 *       passed over and the place goes on down the ranking; passed-over entrants are no part of a
 *       tie at the quota line.</li>
 *   <li>Entrants of one federation tied across its cap are a tie at a line too: ALL of them advance
 *       (the cap yields to the tie, as the quota does), or NONE of them does, and nobody of that
 *       federation placed below them moves up. The quota line is decided first: a group tied across
 *       both lines is a tie at the quota line.</li>
 *   <li>An entrant whose federation is unknown is never capped.</li>
 * </ul>
 * Without a cap, or with a cap not below the quota, this is exactly "every place up to the quota"
 * (ALL) and "every tied group that ends within the quota" (NONE).
 */
public final class Advancement {

    private Advancement() {
    }

    /** The top quota without a cap per federation. */
    public static Set<UUID> select(List<Ranking.Placed> placed, int quota, TiesAtLine ties) {
        return select(placed, quota, new AdvancementPolicy(ties, null), Map.of());
    }

    /**
     * The top quota under {@code policy}; {@code federations} maps entry ids to their federation
     * (entries missing from it are never capped). The input order does not matter.
     */
    public static Set<UUID> select(List<Ranking.Placed> placed, int quota, AdvancementPolicy policy,
                                   Map<UUID, String> federations) {
        Set<UUID> advancing = new LinkedHashSet<>();
        Integer cap = policy.perFederationCap();
        Map<String, Integer> sent = new HashMap<>();
        for (List<Ranking.Placed> group : groupsByPlace(placed)) {
            if (advancing.size() >= quota) {
                break;
            }
            // the group's contenders: every member but those of federations already at their cap (passed over)
            Map<String, List<UUID>> contenders = byFederation(group, federations);
            if (cap != null) {
                contenders.entrySet().removeIf(f -> f.getKey() != null && sent.getOrDefault(f.getKey(), 0) >= cap);
            }
            int size = contenders.values().stream().mapToInt(List::size).sum();
            if (policy.ties() == TiesAtLine.NONE && advancing.size() + size > quota) {
                break; // tied across the quota line: none of them, and nobody below moves up
            }
            for (Map.Entry<String, List<UUID>> members : contenders.entrySet()) {
                String federation = members.getKey();
                if (cap != null && federation != null && policy.ties() == TiesAtLine.NONE
                        && sent.getOrDefault(federation, 0) + members.getValue().size() > cap) {
                    sent.put(federation, cap); // tied across their cap: none of them, and nobody of theirs below
                    continue;
                }
                for (UUID id : members.getValue()) {
                    advancing.add(id);
                    if (federation != null) {
                        sent.merge(federation, 1, Integer::sum);
                    }
                }
            }
        }
        return advancing;
    }

    /**
     * Who advances once some entrants declined their place (withdrew before the next level
     * started): each declined place goes to the best-placed entrant not yet advancing, in ranking
     * order (place, then the order of {@code placed}).
     */
    public static Set<UUID> withSubstitutes(List<Ranking.Placed> placed, Set<UUID> advancing, Set<UUID> declined) {
        return withSubstitutes(placed, advancing, declined, null, Map.of());
    }

    /**
     * As {@link #withSubstitutes(List, Set, Set)}, respecting the cap per federation: a substitute
     * whose federation already sends {@code cap} entrants is passed over; a declined entrant frees
     * room in their own federation.
     */
    public static Set<UUID> withSubstitutes(List<Ranking.Placed> placed, Set<UUID> advancing, Set<UUID> declined,
                                            Integer cap, Map<UUID, String> federations) {
        Set<UUID> result = new LinkedHashSet<>(advancing);
        result.removeAll(declined);
        long open = advancing.stream().filter(declined::contains).count();
        Map<String, Integer> sent = new HashMap<>();
        for (UUID id : result) {
            String federation = federations.get(id);
            if (federation != null) {
                sent.merge(federation, 1, Integer::sum);
            }
        }
        List<Ranking.Placed> inOrder = new ArrayList<>(placed);
        inOrder.sort(Comparator.comparingInt(Ranking.Placed::place)); // stable: the order of placed within a place
        for (Ranking.Placed p : inOrder) {
            if (open == 0) {
                break;
            }
            UUID id = p.score().entryId();
            if (advancing.contains(id) || declined.contains(id)) {
                continue;
            }
            String federation = federations.get(id);
            if (cap != null && federation != null && sent.getOrDefault(federation, 0) >= cap) {
                continue;
            }
            result.add(id);
            if (federation != null) {
                sent.merge(federation, 1, Integer::sum);
            }
            open--;
        }
        return result;
    }

    /** Entrants sharing a place, best place first. */
    private static List<List<Ranking.Placed>> groupsByPlace(List<Ranking.Placed> placed) {
        Map<Integer, List<Ranking.Placed>> groups = new java.util.TreeMap<>();
        for (Ranking.Placed p : placed) {
            groups.computeIfAbsent(p.place(), k -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(groups.values());
    }

    /** A group's entrants by federation; entrants of unknown federation each stand alone (key null, never capped). */
    private static Map<String, List<UUID>> byFederation(List<Ranking.Placed> group, Map<UUID, String> federations) {
        Map<String, List<UUID>> result = new LinkedHashMap<>();
        for (Ranking.Placed p : group) {
            UUID id = p.score().entryId();
            result.computeIfAbsent(federations.get(id), k -> new ArrayList<>()).add(id);
        }
        return result;
    }
}

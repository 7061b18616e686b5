package org.skillscontest.console.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Whole lists read from the services' pages (docs/contract.md, Lists): page after page, each of the
 * largest size the list allows, until {@code total} is reached. Whatever needs a whole list (an export,
 * the certificates, the chief judge's board) reads it so and never counts on a default page size.
 */
public final class Paging {

    /** The largest page of most lists. */
    public static final int MAX = 500;
    /** The largest page of a list as long as an event's whole field: rankings, results, the audit trail, stations. */
    public static final int MAX_LONG = 1000;

    /** Reads of a ranked list that changed version while it was read page by page, before giving up. */
    private static final int ATTEMPTS = 3;

    private Paging() {
    }

    /** Every item of a typed list, {@code read} answering the page of each number. */
    public static <T> List<T> all(IntFunction<Page<T>> read) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> found = read.apply(page);
            all.addAll(found.items());
            if (found.items().isEmpty() || !found.hasNext()) {
                return all;
            }
        }
    }

    /** Every event of a competition, by code. */
    public static List<Registration.Event> events(RegistrationApi registration, String competition) {
        return all(page -> registration.events(competition, page, MAX));
    }

    /** Every item of a list read as JSON ({@code {items, page, size, total}}). */
    public static ArrayNode items(IntFunction<JsonNode> read) {
        return (ArrayNode) whole(read, "items").path("items");
    }

    /**
     * The answer of page 0 with {@code field} holding the items of every page: a ranking with all its
     * places, a results sheet with all its entries. A list with a {@code version} (a ranking) that moves
     * on while it is read is read again from the start, so no page mixes two versions.
     */
    public static JsonNode whole(IntFunction<JsonNode> read, String field) {
        for (int attempt = 1; ; attempt++) {
            JsonNode first = read.apply(0);
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            boolean changed = false;
            JsonNode answer = first;
            for (int page = 0; ; ) {
                answer.path(field).forEach(all::add);
                int size = answer.path("size").asInt();
                if (answer.path(field).isEmpty() || size <= 0 || (long) (page + 1) * size >= answer.path("total").asLong()) {
                    break;
                }
                answer = read.apply(++page);
                if (!answer.path("version").equals(first.path("version"))) {
                    changed = true;
                    break;
                }
            }
            if (!changed) {
                ObjectNode whole = first.deepCopy();
                whole.set(field, all);
                return whole;
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("The list changed version on every one of " + ATTEMPTS + " reads.");
            }
        }
    }
}

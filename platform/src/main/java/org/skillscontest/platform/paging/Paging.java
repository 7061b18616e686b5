package org.skillscontest.platform.paging;

import java.util.List;

/**
 * The query parameters of every list (docs/contract.md, Lists): {@code page} from 0, {@code size} from 1
 * to {@link #MAX_SIZE}, or to {@link #MAX_LONG_SIZE} for a list as long as an event's whole field;
 * {@link #DEFAULT_SIZE} by default. The texts describe them in the OpenAPI document.
 */
public final class Paging {

    public static final int MAX_SIZE = 500;
    public static final int MAX_LONG_SIZE = 1000;
    public static final String DEFAULT_SIZE = "50";

    public static final String PAGE = "The page to answer, from 0 (a page past the last is empty); `total` says how many items there are";
    public static final String SIZE = "Items per page, 1–500";
    public static final String LONG_SIZE = "Items per page, 1–1000";

    private Paging() {
    }

    /**
     * The page of a list the service holds whole already because it computes it (an organisation award
     * table summed from the standings, a sheet's totals): cut out of it rather than read by the database.
     */
    public static <T> List<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + size)));
    }
}

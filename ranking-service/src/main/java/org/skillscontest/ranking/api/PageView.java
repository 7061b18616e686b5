package org.skillscontest.ranking.api;

import java.util.List;

/** One page of a list, as registration's and scoring's lists are paged. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}

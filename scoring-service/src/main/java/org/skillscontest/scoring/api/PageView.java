package org.skillscontest.scoring.api;

import java.util.List;

/** One page of a list, as registration's lists are paged. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}

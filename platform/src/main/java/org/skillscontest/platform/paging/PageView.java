package org.skillscontest.platform.paging;

import java.util.List;

/** One page of a list as an API answers it: the items, which page of what size, and how many items there are in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}

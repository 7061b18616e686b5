package org.skillscontest.platform.paging;

import java.util.List;

/** One page of a listing, as a service reads it, and how many items there are in all. */
public record Page<T>(List<T> items, long total) {
}

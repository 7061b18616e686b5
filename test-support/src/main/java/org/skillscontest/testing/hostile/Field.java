package org.skillscontest.testing.hostile;

/**
 * A field of a request body, by its JSON path as the problem names it ({@code entries[0].idNumber},
 * {@code employer.name}), and its kind. {@code rowByRow}: a field of a batch row that the service checks
 * row by row, answering a bad row in its row (200) by contract; such a field gets only the values refused
 * while the body is read (wrong types, unreadable text). {@code maxItems}: a list's or map's upper bound,
 * one more being refused. {@code keys}: the kind describes the keys of the object at the path (a map).
 */
public record Field(String path, Kind kind, boolean rowByRow, Integer maxItems, boolean keys) {

    public static Field of(String path, Kind kind) {
        return new Field(path, kind, false, null, false);
    }

    /** The keys of the JSON object at {@code path} (a map), of the given kind. */
    public static Field keysOf(String path, Kind kind) {
        return new Field(path, kind, false, null, true);
    }

    /** A field of a batch row checked row by row ({@code rowByRow}). */
    public Field perRow() {
        return new Field(path, kind, true, maxItems, keys);
    }

    public Field maxItems(int max) {
        return new Field(path, kind, rowByRow, max, keys);
    }
}

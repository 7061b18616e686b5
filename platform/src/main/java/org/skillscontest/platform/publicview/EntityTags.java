package org.skillscontest.platform.publicview;

/** HTTP entity tags of public views, made from their {@link Revisions revision}; the If-None-Match check (RFC 9110 13.1.2). */
public final class EntityTags {

    private EntityTags() {
    }

    /** The entity tag of the view {@code kind} (each view of a scope its own) at {@code revision}, quoted. */
    public static String of(String kind, long revision) {
        return "\"" + kind + "-" + revision + "\"";
    }

    /** Whether {@code ifNoneMatch} is {@code *}: any current representation, so it must exist. */
    public static boolean isAny(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.strip().equals("*");
    }

    /**
     * Whether an {@code If-None-Match} header names {@code tag}: {@code *}, or one of its comma-separated
     * tags, weakly compared (a {@code W/} prefix does not count). No header matches nothing.
     */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (isAny(ifNoneMatch)) {
            return true;
        }
        String wanted = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (opaque(candidate.strip()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

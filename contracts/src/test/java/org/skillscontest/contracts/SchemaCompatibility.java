package org.skillscontest.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a topic's current JSON Schema is compatible, within its major version (v1), with the schema of
 * the previous release: every record valid under the released schema stays valid (replays from the start
 * of a topic still validate), and everything a subscriber built on the released schema relies on stays
 * (no field gone, no type changed, a required field stays required). Additive only: optional fields,
 * enum values, and looser bounds may be added; anything else is a new topic version (v2).
 *
 * <p>Rules, applied at every level of the schema (properties, items, if/then/else are compared as wholes):
 * <ul>
 *   <li>no property removed; a property's schema is compared by the same rules</li>
 *   <li>{@code type} unchanged (as a set: {@code ["string","null"]} equals {@code ["null","string"]})</li>
 *   <li>no new required field, and no required field dropped</li>
 *   <li>{@code enum} only grows</li>
 *   <li>lower bounds ({@code minimum}, {@code minLength}, {@code minItems}…) may only fall, upper bounds only rise</li>
 *   <li>{@code additionalProperties} may not become false</li>
 *   <li>any other validation keyword ({@code pattern}, {@code format}, {@code const}, {@code if}…) unchanged,
 *       and none added: a change there cannot be shown to accept every old record</li>
 * </ul>
 * Annotations ({@code description}, {@code title}, {@code default}, {@code examples}, {@code $comment}) may change freely.
 */
final class SchemaCompatibility {

    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "default", "examples", "$comment", "deprecated");
    private static final Set<String> LOWER_BOUNDS = Set.of("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties");
    private static final Set<String> UPPER_BOUNDS = Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties");

    private SchemaCompatibility() {
    }

    /** Every way {@code current} breaks {@code released}, each with the JSON path where; empty when compatible. */
    static List<String> breaks(JsonNode released, JsonNode current) {
        List<String> found = new ArrayList<>();
        compare("$", released, current, found);
        return found;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<String> found) {
        if (released.isBoolean() || current.isBoolean()) {
            if (!released.equals(current)) {
                found.add(path + ": schema changed from " + released + " to " + current);
            }
            return;
        }
        Set<String> keywords = new LinkedHashSet<>();
        released.fieldNames().forEachRemaining(keywords::add);
        current.fieldNames().forEachRemaining(keywords::add);
        for (String keyword : keywords) {
            if (ANNOTATIONS.contains(keyword)) {
                continue;
            }
            JsonNode before = released.get(keyword);
            JsonNode after = current.get(keyword);
            String at = path + "." + keyword;
            switch (keyword) {
                case "properties" -> properties(path, before, after, found);
                case "required" -> required(path, before, after, found);
                case "type" -> {
                    if (!asSet(before).equals(asSet(after))) {
                        found.add(at + ": type changed from " + before + " to " + after);
                    }
                }
                case "enum" -> {
                    if (before == null) {
                        found.add(at + ": an enum was added, narrowing the values allowed to " + after);
                    } else if (after == null) {
                        found.add(at + ": the enum was removed (consumers switch over its values)");
                    } else {
                        Set<JsonNode> missing = asSet(before);
                        missing.removeAll(asSet(after));
                        if (!missing.isEmpty()) {
                            found.add(at + ": enum narrowed, values removed: " + missing);
                        }
                    }
                }
                case "items", "additionalItems", "contains", "propertyNames" -> {
                    if (before == null || after == null) {
                        found.add(at + (before == null ? ": added" : ": removed"));
                    } else {
                        compare(at, before, after, found);
                    }
                }
                case "additionalProperties" -> {
                    if (before != null && after != null && before.isObject() && after.isObject()) {
                        compare(at, before, after, found);
                    } else if (!allowsAny(after) && !after.equals(before)) {
                        found.add(at + ": changed from " + before + " to " + after
                                + ", refusing fields the released schema allowed");
                    }
                }
                default -> {
                    if (LOWER_BOUNDS.contains(keyword)) {
                        bound(at, before, after, true, found);
                    } else if (UPPER_BOUNDS.contains(keyword)) {
                        bound(at, before, after, false, found);
                    } else if (before == null) {
                        found.add(at + ": a new constraint " + after + " (only optional fields and enum values may be added in v1)");
                    } else if (!before.equals(after)) {
                        found.add(at + ": changed from " + before + " to " + after);
                    }
                }
            }
        }
    }

    private static void properties(String path, JsonNode before, JsonNode after, List<String> found) {
        if (before == null) {
            return; // fields declared where there were none: new fields are checked by "required"
        }
        before.fieldNames().forEachRemaining(name -> {
            String at = path + ".properties." + name;
            JsonNode now = after == null ? null : after.get(name);
            if (now == null) {
                found.add(at + ": field removed");
            } else {
                compare(at, before.get(name), now, found);
            }
        });
    }

    private static void required(String path, JsonNode before, JsonNode after, List<String> found) {
        Set<JsonNode> was = asSet(before);
        Set<JsonNode> is = asSet(after);
        Set<JsonNode> added = new LinkedHashSet<>(is);
        added.removeAll(was);
        Set<JsonNode> dropped = new LinkedHashSet<>(was);
        dropped.removeAll(is);
        if (!added.isEmpty()) {
            found.add(path + ".required: new required field(s) " + added + " (records published before lack them)");
        }
        if (!dropped.isEmpty()) {
            found.add(path + ".required: field(s) no longer required " + dropped + " (subscribers rely on them)");
        }
    }

    /** A lower bound may only fall (or go), an upper bound only rise (or go). */
    private static void bound(String at, JsonNode before, JsonNode after, boolean lower, List<String> found) {
        if (after == null) {
            return;
        }
        if (before == null) {
            found.add(at + ": a new bound " + after);
            return;
        }
        int c = new BigDecimal(after.asText()).compareTo(new BigDecimal(before.asText()));
        if (lower ? c > 0 : c < 0) {
            found.add(at + ": bound tightened from " + before + " to " + after);
        }
    }

    /** Absent or true: any further field is allowed. */
    private static boolean allowsAny(JsonNode additionalProperties) {
        return additionalProperties == null || additionalProperties.isBoolean() && additionalProperties.asBoolean();
    }

    /** A keyword's value as a set: a single value or the elements of an array; empty when absent. */
    private static Set<JsonNode> asSet(JsonNode node) {
        Set<JsonNode> set = new LinkedHashSet<>();
        if (node == null) {
            return set;
        }
        if (node.isArray()) {
            node.forEach(set::add);
        } else {
            set.add(node);
        }
        return set;
    }
}

package org.skillscontest.deploy.manifests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a manifest into a typed model (fabric8's for Kubernetes' own kinds, Strimzi's published API
 * model for its custom resources) and refuses what the model does not know: a value of the wrong type
 * fails Jackson, and a misspelt or unknown field, which these models quietly keep in
 * {@code additionalProperties} (or drop), is reported with its path.
 */
final class StrictModel {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    private StrictModel() {
    }

    /** What is wrong with the document as the given model class; empty when it reads cleanly. */
    static List<String> problems(String where, Map<String, Object> document, Class<?> model) {
        List<String> problems = new ArrayList<>();
        Object parsed;
        try {
            parsed = MAPPER.convertValue(document, model);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": not a valid " + model.getSimpleName() + ": " + firstLine(e.getMessage()));
            return problems;
        }
        walk(where, parsed, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        // a field the model dropped (ignoreUnknown) does not come back when the model is written out again
        missing(where, MAPPER.valueToTree(document), MAPPER.valueToTree(parsed), problems);
        return problems;
    }

    /** The fabric8 / Strimzi model object of a valid document. */
    static <T> T read(Map<String, Object> document, Class<T> model) {
        return MAPPER.convertValue(document, model);
    }

    private static void walk(String path, Object o, List<String> problems, Set<Object> seen) {
        if (o == null || !isModel(o.getClass()) || !seen.add(o)) {
            if (o instanceof Collection<?> c) {
                int i = 0;
                for (Object item : c) {
                    walk(path + "[" + i++ + "]", item, problems, seen);
                }
            } else if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> walk(path + "." + k, v, problems, seen));
            }
            return;
        }
        for (Method getter : o.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            if (!name.startsWith("get") || name.length() == 3) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet() + " in " + o.getClass().getSimpleName());
                }
                continue;
            }
            String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            walk(path + "." + property, value, problems, seen);
        }
    }

    private static boolean isModel(Class<?> type) {
        String n = type.getName();
        return (n.startsWith("io.fabric8.kubernetes.api.model.") || n.startsWith("io.strimzi.api.")) && !type.isEnum();
    }

    private static void missing(String path, JsonNode original, JsonNode written, List<String> problems) {
        if (original.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = original.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode back = written == null ? null : written.get(field.getKey());
                // models leave out values equal to their defaults (false, 0, empty) when written: those are not unknown
                if ((back == null || back.isNull() && !field.getValue().isNull()) && !isDefault(field.getValue())) {
                    problems.add(path + "." + field.getKey() + ": not a field of the model (dropped when read)");
                } else {
                    missing(path + "." + field.getKey(), field.getValue(), back, problems);
                }
            }
        } else if (original.isArray() && written != null && written.isArray()) {
            for (int i = 0; i < original.size() && i < written.size(); i++) {
                missing(path + "[" + i + "]", original.get(i), written.get(i), problems);
            }
        }
    }

    private static boolean isDefault(JsonNode value) {
        return value.isBoolean() && !value.booleanValue() || value.isNumber() && value.asDouble() == 0
                || value.isTextual() && value.textValue().isEmpty() || value.isContainerNode() && value.isEmpty();
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }
}

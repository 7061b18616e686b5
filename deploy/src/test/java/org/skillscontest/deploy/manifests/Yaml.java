package org.skillscontest.deploy.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML read the way compose and kubectl read it (SnakeYAML: anchors and merge keys included), as plain maps and lists. */
final class Yaml {

    private Yaml() {
    }

    static Map<String, Object> one(String text) {
        return asMap(newYaml().load(text), "document");
    }

    static List<Map<String, Object>> all(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : newYaml().loadAll(text)) {
            if (doc != null) {
                docs.add(asMap(doc, "document"));
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(what + " is not a mapping: " + o);
    }

    /** The mapping at a path of keys, or an empty one. */
    static Map<String, Object> map(Map<String, Object> from, String... keys) {
        Object o = at(from, keys);
        return o == null ? Map.of() : asMap(o, String.join(".", keys));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> from, String... keys) {
        Object o = at(from, keys);
        return o == null ? List.of() : (List<Object>) o;
    }

    static String string(Map<String, Object> from, String... keys) {
        Object o = at(from, keys);
        return o == null ? null : o.toString();
    }

    static Object at(Map<String, Object> from, String... keys) {
        Object o = from;
        for (String k : keys) {
            if (!(o instanceof Map<?, ?> m)) {
                return null;
            }
            o = m.get(k);
        }
        return o;
    }

    private static org.yaml.snakeyaml.Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
    }
}

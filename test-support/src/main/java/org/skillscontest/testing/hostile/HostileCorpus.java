package org.skillscontest.testing.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillscontest.testing.Tokens;

/**
 * Hostile requests generated from rules, not written out by hand: for every {@link Endpoint} described,
 * requests that differ from its valid request in one thing each, with what must come back.
 * <ul>
 * <li>the caller: no token, bad tokens carrying the rightful caller's claims ({@link Tokens.Bad}), every role the
 *     endpoint does not allow, no role, and the endpoint's further refused callers;</li>
 * <li>path, query and header parameters: injection strings, over-long, invisible and look-alike characters,
 *     bytes that are not UTF-8, ids that are not UUIDs or are unknown;</li>
 * <li>the body: empty, {@code null}, truncated, unbalanced, trailing garbage, the wrong top-level type, comments,
 *     bytes that are not UTF-8, 100,000 levels of nesting, the wrong content type, 10 MiB;</li>
 * <li>each field, by its {@link Kind} ({@link HostileValues}): wrong types, huge and odd numbers, dates out of
 *     range, over-long strings, lone surrogates, NUL and control characters, direction overrides, zero-width and
 *     full-width characters, combining marks, injection strings, ID-number check-digit near misses, lists one
 *     item over their bound.</li>
 * </ul>
 * Run them with {@link CorpusRun}.
 */
public final class HostileCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "@@hostile-value@@";
    private static final String JSON_TYPE = "application/json";
    /** Beyond the HTTP server's default limit (10 MiB) and any endpoint's own. */
    static final int OVERSIZED = 10 * 1024 * 1024 + 64 * 1024;
    /** Bodies beyond this may meet an endpoint's body limit first (413) rather than the field's check. */
    static final int SMALL_BODY = 4 * 1024;
    private static final Pattern PATH_PART = Pattern.compile("([^.\\[\\]]*)((?:\\[\\d+])*)");

    private HostileCorpus() {
    }

    public static List<HostileRequest> of(Endpoint... endpoints) {
        return of(List.of(endpoints));
    }

    public static List<HostileRequest> of(List<Endpoint> endpoints) {
        List<HostileRequest> corpus = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            new Generator(endpoint, corpus).generate();
        }
        return corpus;
    }

    /** The requests of one endpoint, each its valid request with one thing changed. */
    private static final class Generator {
        private final Endpoint endpoint;
        private final List<HostileRequest> out;
        private final JsonNode template;

        Generator(Endpoint endpoint, List<HostileRequest> out) {
            this.endpoint = endpoint;
            this.out = out;
            try {
                this.template = endpoint.body == null ? null : JSON.readTree(endpoint.body);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(endpoint + ": the valid body is not JSON", e);
            }
        }

        void generate() {
            callers();
            pathParameters();
            queryParameters();
            headers();
            if (template != null) {
                bodies();
                fields();
            }
        }

        // ---- who calls

        private void callers() {
            Endpoint.Caller caller = endpoint.caller;
            if (caller == null) {
                return; // a public endpoint: no token to refuse
            }
            add("no token", withHeader("Authorization", null), validBody(), Expect.status(401));
            add("basic authentication", withHeader("Authorization", "Basic b3JnYW5pemVyOnNlY3JldA=="), validBody(), Expect.status(401));
            add("an empty bearer token", withHeader("Authorization", "Bearer "), validBody(), Expect.status(401));
            Tokens.Bad bad = Tokens.bad(caller.subject(), caller.roles(), caller.federation());
            for (Method variant : Arrays.stream(Tokens.Bad.class.getMethods()).sorted(Comparator.comparing(Method::getName)).toList()) {
                // every kind of bad token test-support makes: expired, unsigned, foreign key, wrong issuer, tampered…
                if (variant.getDeclaringClass() == Tokens.Bad.class && variant.getParameterCount() == 0
                        && variant.getReturnType() == String.class) {
                    add("a bad token: " + variant.getName(), bearer(invoke(variant, bad)), validBody(), Expect.status(401));
                }
            }
            for (String role : new TreeSet<>(Endpoint.ROLES)) {
                if (!endpoint.allowedRoles.contains(role)) {
                    add("role " + role, bearer(Tokens.token(caller.subject(), Set.of(role), caller.federation())), validBody(),
                            Expect.status(403));
                }
            }
            add("no role", bearer(Tokens.token(caller.subject(), Set.of(), caller.federation())), validBody(), Expect.status(403));
            for (Endpoint.Refused refused : endpoint.refused) {
                add(refused.label(), bearer(refused.token()), validBody(), refused.expect());
            }
        }

        private static String invoke(Method variant, Tokens.Bad bad) {
            try {
                return (String) variant.invoke(bad);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        // ---- path, query and headers

        private void pathParameters() {
            for (Endpoint.Parameter p : endpoint.pathParameters.values()) {
                Expect expect = Expect.status(400, 404).naming(p.name());
                for (HostileValues.Segment s : HostileValues.forSegment(p.kind(), p.value())) {
                    addTarget("path " + p.name() + ": " + s.label(), target(p.name(), s.encoded(), null, null), expect);
                }
                if (endpoint.unknownIds != null) {
                    String unknown = p.kind() == Kind.UUID ? UUID.randomUUID().toString() : "no-such-" + p.name();
                    addTarget("path " + p.name() + ": unknown", target(p.name(), unknown, null, null), endpoint.unknownIds);
                }
            }
        }

        private void queryParameters() {
            for (Endpoint.Parameter p : endpoint.queryParameters.values()) {
                // JAX-RS answers a query value it cannot convert with 404
                Expect expect = p.kind() == Kind.INTEGER ? Expect.status(400, 404).naming(p.name()) : Expect.invalid(p.name());
                for (HostileValues.Segment s : HostileValues.forSegment(p.kind(), p.value() == null ? "abc" : p.value())) {
                    boolean bytes = s.encoded().startsWith("%") && s.label().contains("byte");
                    if (bytes && !p.kind().isIdentifier()) {
                        continue; // text decodes such bytes to U+FFFD, which is a character like any other
                    }
                    addTarget("query " + p.name() + ": " + s.label(), target(null, null, p.name(), s.encoded()), expect);
                }
            }
        }

        private void headers() {
            for (Endpoint.Parameter h : endpoint.headers.values()) {
                String overLong = "k".repeat(HostileValues.OVER_LONG_IN_URL);
                add("header " + h.name() + ": " + HostileValues.OVER_LONG_IN_URL + " characters", withHeader(h.name(), overLong),
                        validBody(), Expect.invalid(h.name()));
            }
        }

        // ---- the body as a whole

        private void bodies() {
            byte[] valid = validBody();
            String text = new String(valid, StandardCharsets.UTF_8);
            Expect body = Expect.invalid("body");
            addBody("an empty body", new byte[0], body);
            addBody("null", utf8("null"), body);
            for (int quarter = 1; quarter <= 3; quarter++) {
                addBody("truncated at " + quarter + "/4", Arrays.copyOf(valid, valid.length * quarter / 4), body);
            }
            addBody("truncated by its last byte", Arrays.copyOf(valid, valid.length - 1), body);
            addBody("an opening brace more", utf8("{" + text), body);
            addBody("closed by a bracket", utf8(text.substring(0, text.lastIndexOf('}')) + "]"), body);
            addBody("trailing garbage", utf8(text + " x"), body);
            addBody("a closing brace more", utf8(text + "}"), body);
            addBody("a second document", utf8(text + " {}"), body);
            addBody("an array", utf8("[]"), body);
            addBody("the body in an array", utf8("[" + text + "]"), body);
            addBody("a string", utf8("\"text\""), body);
            addBody("a number", utf8("42"), body);
            addBody("true", utf8("true"), body);
            addBody("a comment", utf8("/* hostile */ " + text), body);
            addBody("single quotes", utf8(text.replace('"', '\'')), body);
            addBody("100,000 opening brackets", utf8("[".repeat(100_000)), body);
            addBody("100,000 nested arrays", utf8("[".repeat(100_000) + "]".repeat(100_000)), body.orStatus(413));
            addBody("50,000 nested objects", utf8("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)), body.orStatus(413));
            Field first = firstTextField();
            if (first != null) {
                Expect field = body.naming(first.path());
                addBody("NaN for " + first.path(), utf8(with(first.path(), "NaN")), field);
                addBody("100,000 nested arrays in " + first.path(), utf8(with(first.path(), "[".repeat(100_000) + "]".repeat(100_000))),
                        field.orStatus(413));
                byte[][] notUtf8 = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}};
                String[] labels = {"a byte that is not UTF-8", "an overlong NUL", "a surrogate's bytes (CESU-8)", "a character cut short"};
                for (int i = 0; i < notUtf8.length; i++) {
                    addBody(labels[i] + " in " + first.path(), rawInString(first.path(), notUtf8[i]), field);
                }
            }
            addRaw("content type text/plain", Map.of("Content-Type", "text/plain"), valid, Expect.status(415));
            addRaw("content type application/xml", Map.of("Content-Type", "application/xml"), valid, Expect.status(415));
            addRaw("no content type", Map.of("Content-Type", ""), valid, Expect.status(400, 415).naming("body"));
            byte[] oversized = Arrays.copyOf(valid, OVERSIZED);
            Arrays.fill(oversized, valid.length, oversized.length, (byte) ' ');
            addBody("10 MiB", oversized, Expect.status(413));
        }

        // ---- field by field

        private void fields() {
            for (Field f : endpoint.fields) {
                JsonNode valid = at(f.path());
                if (f.keys()) {
                    String key = valid.fieldNames().hasNext() ? valid.fieldNames().next() : "a";
                    for (HostileValues.Value v : HostileValues.forKey(f.kind(), key)) {
                        if (!f.rowByRow() || v.whileReading()) {
                            // Jackson cannot even read a property name holding a lone surrogate: the body is named
                            Expect expect = Expect.invalid(f.path()).orDeeper();
                            addField(f.path() + ": " + v.label(), withKey(f.path(), v.json()), v.whileReading() ? expect.naming("body") : expect);
                        }
                    }
                } else {
                    for (HostileValues.Value v : HostileValues.forField(f.kind(), valid)) {
                        if (!f.rowByRow() || v.whileReading()) {
                            addField(f.path() + ": " + v.label(), with(f.path(), v.json()), Expect.invalid(f.path()));
                        }
                    }
                }
                if (f.maxItems() != null) {
                    addField(f.path() + ": " + (f.maxItems() + 1) + " items", with(f.path(), overMax(valid, f.maxItems() + 1)),
                            Expect.invalid(f.path()));
                }
            }
        }

        private String overMax(JsonNode valid, int items) {
            if (valid.isArray()) {
                ArrayNode many = JSON.createArrayNode();
                for (int i = 0; i < items; i++) {
                    many.add(valid.isEmpty() ? TextNode.valueOf("x") : valid.get(0));
                }
                return many.toString();
            }
            ObjectNode many = JSON.createObjectNode();
            JsonNode value = valid.isEmpty() ? TextNode.valueOf("x") : valid.elements().next();
            for (int i = 0; i < items; i++) {
                many.set("k" + i, value);
            }
            return many.toString();
        }

        private Field firstTextField() {
            return endpoint.fields.stream().filter(f -> !f.keys() && f.kind().isText() && at(f.path()).isTextual()).findFirst().orElse(null);
        }

        // ---- building requests

        private void add(String label, Map<String, String> headers, byte[] body, Expect expect) {
            out.add(new HostileRequest(endpoint.name, label, endpoint.method, target(null, null, null, null), headers,
                    body, body != null && body.length > SMALL_BODY && !expect.statuses().contains(413) ? expect.orStatus(413) : expect));
        }

        private void addTarget(String label, String target, Expect expect) {
            out.add(new HostileRequest(endpoint.name, label, endpoint.method, target, validHeaders(), validBody(), expect));
        }

        private void addBody(String label, byte[] body, Expect expect) {
            add(label, validHeaders(), body, expect);
        }

        private void addField(String label, String body, Expect expect) {
            add(label, validHeaders(), utf8(body), expect);
        }

        private void addRaw(String label, Map<String, String> changed, byte[] body, Expect expect) {
            Map<String, String> headers = validHeaders();
            changed.forEach((name, value) -> {
                if (value.isEmpty()) {
                    headers.remove(name);
                } else {
                    headers.put(name, value);
                }
            });
            add(label, headers, body, expect);
        }

        private Map<String, String> validHeaders() {
            Map<String, String> headers = new LinkedHashMap<>();
            Endpoint.Caller caller = endpoint.caller;
            if (caller != null) {
                headers.put("Authorization", "Bearer " + Tokens.token(caller.subject(), caller.roles(), caller.federation()));
            }
            if (template != null) {
                headers.put("Content-Type", JSON_TYPE);
            }
            for (Endpoint.Parameter h : endpoint.headers.values()) {
                headers.put(h.name(), h.value() == null ? UUID.randomUUID().toString() : h.value());
            }
            return headers;
        }

        private Map<String, String> withHeader(String name, String value) {
            Map<String, String> headers = validHeaders();
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return headers;
        }

        private Map<String, String> bearer(String token) {
            return withHeader("Authorization", "Bearer " + token);
        }

        private byte[] validBody() {
            return template == null ? null : utf8(template.toString());
        }

        /** The path and query, the valid values percent-encoded, {@code pathName}'s or {@code queryName}'s replaced by a given encoded one. */
        private String target(String pathName, String pathValue, String queryName, String queryValue) {
            String target = endpoint.path;
            for (Endpoint.Parameter p : endpoint.pathParameters.values()) {
                target = target.replace("{" + p.name() + "}", p.name().equals(pathName) ? pathValue : HostileValues.encode(p.value()));
            }
            List<String> query = new ArrayList<>();
            for (Endpoint.Parameter q : endpoint.queryParameters.values()) {
                if (q.name().equals(queryName)) {
                    query.add(q.name() + "=" + queryValue);
                } else if (q.value() != null) {
                    query.add(q.name() + "=" + HostileValues.encode(q.value()));
                }
            }
            return query.isEmpty() ? target : target + "?" + String.join("&", query);
        }

        // ---- the body's JSON

        private JsonNode at(String path) {
            JsonNode node = template;
            for (Object step : steps(path)) {
                node = step instanceof Integer i ? node.get(i) : node.get((String) step);
                if (node == null) {
                    throw new IllegalArgumentException(endpoint + ": the valid body has no " + path);
                }
            }
            return node;
        }

        /** The valid body with the value at {@code path} replaced by the JSON text {@code json}, as it is. */
        private String with(String path, String json) {
            JsonNode copy = template.deepCopy();
            List<Object> steps = steps(path);
            ContainerNode<?> parent = (ContainerNode<?>) navigate(copy, steps.subList(0, steps.size() - 1));
            Object last = steps.get(steps.size() - 1);
            if (last instanceof Integer i) {
                ((ArrayNode) parent).set(i, TextNode.valueOf(PLACEHOLDER));
            } else {
                ((ObjectNode) parent).set((String) last, TextNode.valueOf(PLACEHOLDER));
            }
            return replacePlaceholder(copy.toString(), json);
        }

        /** The valid body with the first key of the object at {@code path} replaced by the JSON string {@code keyJson}. */
        private String withKey(String path, String keyJson) {
            JsonNode copy = template.deepCopy();
            ObjectNode map = (ObjectNode) navigate(copy, steps(path));
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                entries.put(first ? PLACEHOLDER : e.getKey(), e.getValue());
                first = false;
            }
            if (entries.isEmpty()) {
                entries.put(PLACEHOLDER, TextNode.valueOf("x"));
            }
            map.removeAll();
            entries.forEach(map::set);
            return replacePlaceholder(copy.toString(), keyJson);
        }

        /** The body with raw bytes inside the string at {@code path}. */
        private byte[] rawInString(String path, byte[] raw) {
            String body = with(path, "\"a" + PLACEHOLDER + "b\"");
            int at = body.indexOf(PLACEHOLDER);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(utf8(body.substring(0, at)));
            bytes.writeBytes(raw);
            bytes.writeBytes(utf8(body.substring(at + PLACEHOLDER.length())));
            return bytes.toByteArray();
        }

        private static String replacePlaceholder(String body, String json) {
            String quoted = "\"" + PLACEHOLDER + "\"";
            int at = body.indexOf(quoted);
            return body.substring(0, at) + json + body.substring(at + quoted.length());
        }

        private static JsonNode navigate(JsonNode node, List<Object> steps) {
            for (Object step : steps) {
                node = step instanceof Integer i ? node.get(i) : node.get((String) step);
            }
            return node;
        }

        /** {@code entries[0].employer.name} → entries, 0, employer, name. */
        private static List<Object> steps(String path) {
            List<Object> steps = new ArrayList<>();
            for (String part : path.split("\\.")) {
                Matcher m = PATH_PART.matcher(part);
                if (!m.matches()) {
                    throw new IllegalArgumentException("not a field path: " + path);
                }
                if (!m.group(1).isEmpty()) {
                    steps.add(m.group(1));
                }
                Matcher index = Pattern.compile("\\[(\\d+)]").matcher(m.group(2));
                while (index.find()) {
                    steps.add(Integer.parseInt(index.group(1)));
                }
            }
            return steps;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

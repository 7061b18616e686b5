package org.skillscontest.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A custom resource's OpenAPI v3 schema, taken from its CustomResourceDefinition (vendored under
 * src/test/resources/crds), validated the way the API server does with strict field validation
 * (kubectl's default): an object schema that lists its properties refuses any other field unless it
 * says {@code x-kubernetes-preserve-unknown-fields}. A oneOf/anyOf branch (which in a structural schema
 * has no type of its own) only constrains the fields it names, as in the API server.
 */
final class CrdSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KUBERNETES_KEYWORDS = List.of("x-kubernetes-preserve-unknown-fields",
            "x-kubernetes-int-or-string", "x-kubernetes-embedded-resource", "x-kubernetes-list-type",
            "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-validations", "nullable", "example",
            "externalDocs");

    private final String kind;
    private final String apiVersion;
    private final JsonSchema schema;

    private CrdSchema(String kind, String apiVersion, JsonSchema schema) {
        this.kind = kind;
        this.apiVersion = apiVersion;
        this.schema = schema;
    }

    /** The schema of the CRD's served version {@code version}, from a classpath resource. */
    static CrdSchema load(String resource, String version) {
        Map<String, Object> crd;
        try (InputStream in = CrdSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no CRD at " + resource);
            }
            crd = Yaml.one(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String group = Yaml.string(crd, "spec", "group");
        String kind = Yaml.string(crd, "spec", "names", "kind");
        for (Object v : Yaml.list(crd, "spec", "versions")) {
            Map<String, Object> ver = Yaml.asMap(v, "version");
            if (version.equals(ver.get("name"))) {
                ObjectNode openApi = (ObjectNode) JSON.valueToTree(Yaml.at(ver, "schema", "openAPIV3Schema"));
                closeObjects(openApi);
                JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV4());
                KUBERNETES_KEYWORDS.forEach(k -> meta.keyword(new NonValidationKeyword(k)));
                JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                        b -> b.metaSchema(meta.build()).defaultMetaSchemaIri(JsonMetaSchema.getV4().getIri()));
                return new CrdSchema(kind, group + "/" + version, factory.getSchema(openApi));
            }
        }
        throw new IllegalStateException(resource + " serves no version " + version);
    }

    String kind() {
        return kind;
    }

    String apiVersion() {
        return apiVersion;
    }

    /** What the schema refuses in the document, one line each. */
    List<String> problems(String where, Map<String, Object> document) {
        JsonNode node = JSON.valueToTree(document);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().map(m -> where + ": " + m).toList();
    }

    /**
     * Strict field validation: an object's listed properties are the only ones, unless the schema keeps unknown
     * fields. Only schemas of type object: Strimzi's oneOf branches ({@code properties: {certificate: {}}} with
     * {@code required}) list some of the object's fields, not all of them.
     */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("properties") && "object".equals(o.path("type").asText()) && !o.has("additionalProperties")
                    && !o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                o.put("additionalProperties", false);
            }
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            closeObjects(it.next());
        }
    }
}

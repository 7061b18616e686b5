package org.skillscontest.subscriber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillscontest.contracts.Topic;

/** Each consumed topic's JSON Schema, as the contract publishes it, and the check of a record's value against it. */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonSchema> byTopic = new HashMap<>();

    Schemas(List<Topic> topics) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // formats (uuid, date-time) are only annotations in draft 2020-12 unless asserted
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (Topic topic : topics) {
            try (InputStream in = Topic.class.getResourceAsStream(topic.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("the contracts jar has no schema " + topic.schemaResource());
                }
                byTopic.put(topic.topicName(), factory.getSchema(in, config));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + topic.schemaResource(), e);
            }
        }
    }

    /** The value as JSON, once it is UTF-8 JSON valid under its topic's schema. */
    JsonNode read(String topic, byte[] value) throws Rejected {
        JsonSchema schema = byTopic.get(topic);
        if (schema == null) {
            throw new Rejected("no schema for topic " + topic);
        }
        if (value == null) {
            throw new Rejected("no value (a tombstone): the contract's topics carry none");
        }
        JsonNode json;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
            json = JSON.readTree(text);
        } catch (CharacterCodingException e) {
            throw new Rejected("value is not UTF-8", e);
        } catch (JsonProcessingException e) {
            throw new Rejected("value is not JSON: " + e.getOriginalMessage(), e);
        }
        Set<ValidationMessage> errors = schema.validate(json);
        if (!errors.isEmpty()) {
            throw new Rejected("value does not match the schema of " + topic + ": "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        return json;
    }
}

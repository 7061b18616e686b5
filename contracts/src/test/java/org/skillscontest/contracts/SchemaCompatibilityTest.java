package org.skillscontest.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every topic's schema stays backward compatible with the previous release's (src/test/resources/released/&lt;version&gt;):
 * subscribers built on a released schema keep working, and replays of old records still validate. Releasing
 * copies src/main/resources/schemas to released/&lt;the release's version&gt;, which then becomes the baseline.
 */
class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The newest released/&lt;version&gt; folder: the previous release. */
    static Path previousRelease() {
        try (Stream<Path> versions = Files.list(Path.of(SchemaCompatibilityTest.class.getResource("/released").toURI()))) {
            return versions.filter(Files::isDirectory).max(Comparator.comparing(p -> version(p.getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no released schemas under /released"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1.10.0 after 1.9.2: compared number by number. */
    private static String version(String name) {
        return Arrays.stream(name.split("\\.")).map(n -> String.format("%08d", Integer.parseInt(n.replaceAll("\\D", "0"))))
                .reduce("", String::concat);
    }

    static Stream<String> releasedSchemas() throws IOException {
        try (Stream<Path> files = Files.list(previousRelease())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json")).sorted().toList().stream();
        }
    }

    @Test
    void theBaselineHoldsEveryTopicOfTheRelease() throws IOException {
        // a topic of the contract without a baseline is new since the release: it becomes one at the next release
        assertThat(releasedSchemas().toList()).as("released schemas in " + previousRelease()).isNotEmpty();
        for (Topic topic : Topic.values()) {
            assertThat(SchemaCompatibilityTest.class.getResource(topic.schemaResource())).as(topic.schemaResource()).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("releasedSchemas")
    void everyReleasedSchemaIsStillPublishedAndOnlyGrew(String file) throws IOException {
        JsonNode released = JSON.readTree(previousRelease().resolve(file).toFile());
        try (InputStream in = SchemaCompatibilityTest.class.getResourceAsStream("/schemas/" + file)) {
            assertThat(in).as("%s of release %s is no longer published: a topic of v1 may not go", file,
                    previousRelease().getFileName()).isNotNull();
            JsonNode current = JSON.readTree(in);
            assertThat(SchemaCompatibility.breaks(released, current))
                    .as("%s breaks release %s; make the change additive, or publish a new topic version (v2)", file,
                            previousRelease().getFileName())
                    .isEmpty();
        }
    }

    // --- the rules, each with a change that must fail ---------------------------------------------------------

    private static final String RELEASED = """
            {"type": "object",
             "properties": {
               "promotionId": {"type": "string", "format": "uuid"},
               "name": {"type": ["string", "null"], "description": "as registered"},
               "place": {"type": "integer", "minimum": 1},
               "level": {"enum": ["CITY", "PROVINCIAL", "NATIONAL"]},
               "to": {"type": "object", "properties": {"event": {"type": "string", "pattern": "^[a-z]+$"}}, "required": ["event"]},
               "scores": {"type": "array", "items": {"type": "number", "maximum": 100}}
             },
             "required": ["promotionId", "name", "place", "level", "to"]}
            """;

    private static List<String> breaksAfter(String jsonPointer, String edit) throws IOException {
        JsonNode released = JSON.readTree(RELEASED);
        JsonNode current = released.deepCopy();
        Edit.apply(current, jsonPointer, edit);
        return SchemaCompatibility.breaks(released, current);
    }

    @Test
    void theSameSchemaIsCompatible() throws IOException {
        assertThat(SchemaCompatibility.breaks(JSON.readTree(RELEASED), JSON.readTree(RELEASED))).isEmpty();
    }

    @Test
    void anOptionalFieldAGrownEnumLooserBoundsAndNewDescriptionsAreCompatible() throws IOException {
        JsonNode released = JSON.readTree(RELEASED);
        JsonNode current = JSON.readTree(RELEASED.replace("\"maximum\": 100", "\"maximum\": 150")
                .replace("\"minimum\": 1", "\"minimum\": 0")
                .replace("\"NATIONAL\"]", "\"NATIONAL\", \"WORLD\"]")
                .replace("\"as registered\"", "\"as registered, or null\"")
                .replace("\"place\": {", "\"remark\": {\"type\": [\"string\", \"null\"]}, \"place\": {"));
        assertThat(SchemaCompatibility.breaks(released, current)).isEmpty();
    }

    @Test
    void aRemovedFieldBreaks() throws IOException {
        assertThat(breaksAfter("/properties", "remove place")).containsExactly("$.properties.place: field removed");
        assertThat(breaksAfter("/properties/to/properties", "remove event")).contains("$.properties.to.properties.event: field removed");
    }

    @Test
    void aChangedTypeBreaks() throws IOException {
        assertThat(breaksAfter("/properties/place", "set type=\"number\""))
                .containsExactly("$.properties.place.type: type changed from \"integer\" to \"number\"");
        // made nullable: subscribers that read it as present break on null
        assertThat(breaksAfter("/properties/promotionId", "set type=[\"string\",\"null\"]")).hasSize(1);
        // inside an array's items
        assertThat(breaksAfter("/properties/scores/items", "set type=\"string\"")).hasSize(1);
        // the same types in another order are the same type
        assertThat(breaksAfter("/properties/name", "set type=[\"null\",\"string\"]")).isEmpty();
    }

    @Test
    void aNewRequiredFieldBreaks() throws IOException {
        assertThat(breaksAfter("", "set required=[\"promotionId\",\"name\",\"place\",\"level\",\"to\",\"scores\"]"))
                .containsExactly("$.required: new required field(s) [\"scores\"] (records published before lack them)");
        assertThat(breaksAfter("/properties/to", "set required=[\"event\",\"competition\"]")).hasSize(1);
        // and a required field may not become optional either: subscribers rely on it
        assertThat(breaksAfter("", "set required=[\"promotionId\",\"name\",\"place\",\"level\"]")).hasSize(1);
    }

    @Test
    void aNarrowedEnumBreaks() throws IOException {
        assertThat(breaksAfter("/properties/level", "set enum=[\"CITY\",\"PROVINCIAL\"]"))
                .containsExactly("$.properties.level.enum: enum narrowed, values removed: [\"NATIONAL\"]");
        assertThat(breaksAfter("/properties/place", "set enum=[1,2,3]")).hasSize(1);
    }

    @Test
    void tighterBoundsChangedPatternsAndNewConstraintsBreak() throws IOException {
        assertThat(breaksAfter("/properties/place", "set minimum=2")).hasSize(1);
        assertThat(breaksAfter("/properties/scores/items", "set maximum=50")).hasSize(1);
        assertThat(breaksAfter("/properties/to/properties/event", "set pattern=\"^[a-z]{1,8}$\"")).hasSize(1);
        assertThat(breaksAfter("/properties/promotionId", "set maxLength=36")).hasSize(1);
        assertThat(breaksAfter("", "set additionalProperties=false")).hasSize(1);
        assertThat(breaksAfter("/properties/promotionId", "set format=\"date\"")).hasSize(1);
    }

    /** Tiny edits of a schema tree for the cases above: {@code remove NAME} or {@code set NAME=JSON} at a JSON pointer. */
    private static final class Edit {
        static void apply(JsonNode root, String pointer, String edit) throws IOException {
            var target = (com.fasterxml.jackson.databind.node.ObjectNode) (pointer.isEmpty() ? root : root.at(pointer));
            if (edit.startsWith("remove ")) {
                assertThat(target.remove(edit.substring(7))).as("removed " + edit).isNotNull();
            } else {
                String[] kv = edit.substring(4).split("=", 2);
                target.set(kv[0], JSON.readTree(kv[1]));
            }
        }
    }
}

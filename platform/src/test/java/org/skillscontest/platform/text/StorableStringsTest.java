package org.skillscontest.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.Problem;
import org.skillscontest.platform.problem.ProblemMappers;

/** A string no service can store is refused while the body is read, naming the field, values and map keys alike. */
class StorableStringsTest {

    record Row(String name, List<String> judges, Map<String, String> answers) {
    }

    record Batch(List<Row> rows) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        new StorableStrings().customize(JSON);
    }

    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> "/api/v1/rows");

    @Test
    void storableStringsAreReadAsTheyAre() throws Exception {
        Batch batch = JSON.readValue("{\"rows\": [{\"name\": \"王芳 \\ud842\\udfb7\", \"judges\": [\"j1\"], \"answers\": {\"q1\": \"\\u202Eb\"}}]}",
                Batch.class);
        assertThat(batch.rows().get(0).name()).isEqualTo("王芳 𠮷");
        assertThat(batch.rows().get(0).answers()).containsEntry("q1", "\u202Eb");  // storable: the constraints judge it
    }

    @Test
    void aLoneSurrogateOrNulIsRefusedWhereverTheStringIs() {
        assertThat(fieldOf("{\"rows\": [{\"name\": \"\\ud800\"}]}")).isEqualTo(
                new FieldError("rows[0].name", "lone-surrogate", Text.Defect.LONE_SURROGATE.message));
        assertThat(fieldOf("{\"rows\": [{}, {\"name\": \"a\\udc00b\"}]}").field()).isEqualTo("rows[1].name");
        assertThat(fieldOf("{\"rows\": [{\"judges\": [\"j1\", \"\\u0000\"]}]}")).isEqualTo(
                new FieldError("rows[0].judges[1]", "nul", Text.Defect.NUL.message));
        assertThat(fieldOf("{\"rows\": [{\"answers\": {\"q1\": \"\\ud800\"}}]}").field()).isEqualTo("rows[0].answers.q1");
        assertThat(fieldOf("{\"rows\": [{\"answers\": {\"\\ud800\": \"A\"}}]}").field()).startsWith("rows[0].answers");
    }

    private static FieldError fieldOf(String json) {
        StorableStrings.UnstorableText refused = catchThrowableOfType(StorableStrings.UnstorableText.class,
                () -> JSON.readValue(json, Batch.class));
        Problem problem = (Problem) new ProblemMappers().unreadable(refused, URI).getEntity();
        assertThat(problem.status()).isEqualTo(400);
        return problem.errors().get(0);
    }
}

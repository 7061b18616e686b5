package org.skillscontest.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.Problem;
import org.skillscontest.platform.problem.ProblemMappers;
import org.skillscontest.platform.text.Text;

/** What the services' JSON reader refuses, and the problem a client gets for it. */
class StrictJsonTest {

    enum Level { CITY, PROVINCIAL }

    record Row(String name, Integer level, Level kind, List<String> judges, Map<String, String> answers, LocalDate day,
               Instant at) {
    }

    record Batch(List<Row> rows) {
    }

    /** As Quarkus makes it: the Java time module first, then the customizers. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    static {
        new StrictJson().customize(JSON);
    }

    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> "/api/v1/rows");

    @Test
    void whatIsWellFormedIsReadAsItIs() throws Exception {
        Batch batch = JSON.readValue("""
                {"rows": [{"name": "王芳 \\ud842\\udfb7", "level": 3, "kind": "CITY", "judges": ["j1"], "answers": {"q1": "\\u202Eb"}}]}
                """, Batch.class);
        assertThat(batch.rows().get(0).name()).isEqualTo("王芳 𠮷");
        assertThat(batch.rows().get(0).level()).isEqualTo(3);
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

    @Test
    void aSecondDocumentOrGarbageAfterTheBodyIsRefused() {
        assertThat(fieldOf("{\"rows\": []} x")).extracting(FieldError::field, FieldError::code).containsExactly("body", "malformed-json");
        assertThat(fieldOf("{\"rows\": []}}")).extracting(FieldError::field).isEqualTo("body");
        assertThat(fieldOf("{\"rows\": []} {}")).extracting(FieldError::field).isEqualTo("body");
    }

    @Test
    void aFractionIsNoWholeNumberAndANumberNoEnumConstant() {
        assertThat(fieldOf("{\"rows\": [{\"level\": 1.5}]}")).extracting(FieldError::field, FieldError::code)
                .containsExactly("rows[0].level", "malformed");
        assertThat(fieldOf("{\"rows\": [{\"kind\": 0}]}")).extracting(FieldError::field, FieldError::code)
                .containsExactly("rows[0].kind", "malformed");
    }

    @Test
    void aDateOrInstantIsAnIsoStringNotANumber() throws Exception {
        Row row = JSON.readValue("{\"rows\": [{\"day\": \"2027-05-01\", \"at\": \"2027-04-01T00:00:00Z\"}]}", Batch.class).rows().get(0);
        assertThat(row.day()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(row.at()).isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
        for (String number : List.of("0", "1e400", "1801526400", "20270501")) {
            assertThat(fieldOf("{\"rows\": [{\"at\": " + number + "}]}")).extracting(FieldError::field).isEqualTo("rows[0].at");
            assertThat(fieldOf("{\"rows\": [{\"day\": " + number + "}]}")).extracting(FieldError::field).isEqualTo("rows[0].day");
        }
        assertThat(fieldOf("{\"rows\": [{\"day\": \"2026-02-30\"}]}")).extracting(FieldError::field).isEqualTo("rows[0].day");
    }

    private static FieldError fieldOf(String json) {
        JsonProcessingException refused = catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(json, Batch.class));
        assertThat(refused).as(json).isNotNull();
        Problem problem = (Problem) new ProblemMappers().unreadable(refused, URI).getEntity();
        assertThat(problem.status()).isEqualTo(400);
        return problem.errors().get(0);
    }
}

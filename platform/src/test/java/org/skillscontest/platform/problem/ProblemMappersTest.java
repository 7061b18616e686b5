package org.skillscontest.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The problems a client gets for a body the service cannot read, with real Jackson failures. */
class ProblemMappersTest {

    record Panel(String chiefJudge, List<Integer> weights) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final UriInfo PANEL_URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> "/api/v1/events/rider/panel");

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void jsonThatDoesNotParseNamesTheBodyAndWhereItBroke() {
        // Quarkus REST hands a syntax error to the mappers wrapped, as a 400 WebApplicationException
        Problem problem = problemOf(mappers.http(
                new WebApplicationException(failureOf("{\n  \"chiefJudge\": "), Response.Status.BAD_REQUEST), PANEL_URI));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.instance()).isEqualTo("/api/v1/events/rider/panel");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("body");
            assertThat(error.code()).isEqualTo("malformed-json");
            assertThat(error.message()).startsWith("is not valid JSON at line 2, column ");
        });
    }

    @Test
    void textThatIsNoJsonAtAllIsMalformedJsonToo() {
        Problem problem = problemOf(mappers.http(
                new WebApplicationException(failureOf("not json"), Response.Status.BAD_REQUEST), PANEL_URI));

        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("body", "malformed-json"));
        assertThat(problem.errors().get(0).message()).isEqualTo("is not valid JSON at line 1, column 1");
    }

    @Test
    void jsonThatBreaksOffInsideAPropertyIsMalformedJsonNotAWrongType() {
        // databind reports this one as a JsonMappingException at weights, caused by the syntax error
        Problem problem = problemOf(mappers.unreadable(failureOf("{\"weights\": [30, 7"), PANEL_URI));

        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code, FieldError::message)
                .containsExactly(tuple("body", "malformed-json", "is not valid JSON at line 1, column 19"));
    }

    @Test
    void wellFormedJsonOfTheWrongTypeNamesTheField() {
        Problem problem = problemOf(mappers.unreadable(failureOf("{\"weights\": [30, \"seventy\"]}"), PANEL_URI));

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("weights[1]");
            assertThat(error.code()).isEqualTo("malformed");
        });
    }

    @Test
    void otherBadRequestsStayPlainProblems() {
        Problem problem = problemOf(mappers.http(new WebApplicationException("no such page", 400), PANEL_URI));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("no such page");
        assertThat(problem.errors()).isNull();
    }

    /** A resource method with constraints on its query parameter, its header and its body. */
    public static class Listing {
        public String list(@QueryParam("page-size") @Min(1) int size, @HeaderParam("Idempotency-Key") @Size(max = 3) String key,
                           @NotNull Panel body) {
            return "";
        }
    }

    @Test
    void aQueryOrHeaderParameterOutOfRangeIsNamedAsTheClientSendsItTheBodyAsBody() throws Exception {
        ExecutableValidator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator().forExecutables();
        Method list = Listing.class.getMethod("list", int.class, String.class, Panel.class);

        Problem problem = problemOf(mappers.invalid(new ConstraintViolationException(
                validator.validateParameters(new Listing(), list, new Object[] {0, "long key", null})), PANEL_URI));

        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("Idempotency-Key", "size"), tuple("body", "not-null"), tuple("page-size", "min"));
    }

    record Judging(Map<@Size(max = 5) String, @Size(max = 1) List<@Size(max = 3) String>> modules,
                   Map<String, @Size(max = 2) String> federations) {
    }

    @Test
    void aMapsValueIsNamedByItsKeyAsInTheJsonABadKeyByTheMap() {
        var validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        Judging judging = new Judging(Map.of("route", List.of("j1", "judge-2"), "service-too-long", List.of("j4")),
                Map.of("j1", "KRMY"));

        Problem problem = problemOf(mappers.invalid(new ConstraintViolationException(validator.validate(judging)), PANEL_URI));

        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("federations.j1", "size"), tuple("modules", "size"), tuple("modules.route", "size"),
                tuple("modules.route[1]", "size"));
    }

    private static JsonProcessingException failureOf(String body) {
        return catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(body, Panel.class));
    }

    private static Problem problemOf(Response response) {
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }
}

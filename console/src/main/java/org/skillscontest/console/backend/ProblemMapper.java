package org.skillscontest.console.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's error answer into an {@link ApiException} carrying its problem details. */
public class ProblemMapper implements ResponseExceptionMapper<ApiException> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public ApiException toThrowable(Response response) {
        Problem problem;
        try {
            response.bufferEntity();
            String body = response.readEntity(String.class);
            problem = body == null || body.isBlank() ? null : JSON.readValue(body, Problem.class);
        } catch (RuntimeException | java.io.IOException e) {
            problem = null;
        }
        if (problem == null || problem.status() == 0) {
            problem = new Problem(null, Response.Status.fromStatusCode(response.getStatus()) == null ? "HTTP " + response.getStatus()
                    : Response.Status.fromStatusCode(response.getStatus()).getReasonPhrase(), response.getStatus(),
                    problem == null ? null : problem.detail(), problem == null ? List.of() : problem.errors());
        }
        return new ApiException(problem);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}

package org.skillscontest.platform.json;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request body the services take is JSON: a body that says it is something else, or says nothing,
 * is refused with 415 before it is read. Otherwise a text/plain body would be read whole into a request
 * record of one String (a withdrawal's reason), and a body without a type taken for JSON.
 */
public class JsonBodies {

    @ServerRequestFilter
    public void onlyJson(ContainerRequestContext request) {
        if (!hasBody(request)) {
            return; // a POST without a body (a lock) may say what it likes
        }
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            throw new NotSupportedException("A request body is JSON, sent as Content-Type: application/json.");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return request.getHeaderString("Transfer-Encoding") != null;
        }
        try {
            return Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}

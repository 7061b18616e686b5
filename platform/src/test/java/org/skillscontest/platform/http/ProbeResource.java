package org.skillscontest.platform.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Endpoints of the platform's test application: bodies {@link BodyLimitRoutesTest} sends (counting what
 * reached them), and one for organisers that the token tests call.
 */
@Path("/probe")
public class ProbeResource {

    @Inject
    JsonWebToken token;

    @GET
    @Path("organizer")
    @RolesAllowed("organizer")
    public String organizer() {
        return token.getSubject();
    }

    static final AtomicInteger REACHED = new AtomicInteger();

    @POST
    @Path("small")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> small(Map<String, Object> body) {
        REACHED.incrementAndGet();
        return Map.of("fields", body.size());
    }

    @POST
    @Path("bulk/{batch}/rows")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> bulk(Map<String, Object> body) {
        REACHED.incrementAndGet();
        return Map.of("fields", body.size());
    }
}

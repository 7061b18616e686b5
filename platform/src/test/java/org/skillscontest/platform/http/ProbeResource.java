package org.skillscontest.platform.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Endpoints of the platform's test application whose bodies {@link BodyLimitRoutesTest} sends: they count what reached them. */
@Path("/probe")
public class ProbeResource {

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

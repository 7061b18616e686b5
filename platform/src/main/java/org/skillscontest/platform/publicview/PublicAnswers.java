package org.skillscontest.platform.publicview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP answers of views that exist in a public and a privileged form: the public one carries its
 * revision's entity tag, answers a matching {@code If-None-Match} with 304 before anything is read,
 * and may be kept by any cache for a short while ({@code public-views.max-age}); the privileged one
 * (unpublished figures for organisers) is kept by nobody.
 */
@ApplicationScoped
public class PublicAnswers {

    static final String PRIVATE = "private, no-store";

    private final Duration maxAge;

    public PublicAnswers(@ConfigProperty(name = "public-views.max-age", defaultValue = "30s") Duration maxAge) {
        this.maxAge = maxAge;
    }

    /**
     * The public view {@code kind} at {@code revision}: 304 if {@code ifNoneMatch} names it, before
     * {@code view} is asked for; else {@code view}'s answer (whose 404 stays a 404). A scope never bumped
     * (revision 0, maybe unknown) and {@code *} are checked against the view first.
     */
    public Response.ResponseBuilder publicly(String kind, long revision, String ifNoneMatch, Supplier<?> view) {
        String tag = EntityTags.of(kind, revision);
        boolean match = EntityTags.matches(ifNoneMatch, tag);
        Object body = match && revision > 0 && !EntityTags.isAny(ifNoneMatch) ? null : view.get();
        Response.ResponseBuilder answer = match ? Response.notModified() : Response.ok(body);
        return answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, publicCacheControl());
    }

    /** A view for a privileged caller: computed afresh, kept by no cache. */
    public Response.ResponseBuilder privately(Object view) {
        return Response.ok(view).header(HttpHeaders.CACHE_CONTROL, PRIVATE);
    }

    String publicCacheControl() {
        return "public, max-age=" + maxAge.toSeconds();
    }
}

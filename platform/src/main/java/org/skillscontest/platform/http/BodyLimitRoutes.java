package org.skillscontest.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.Problem;

/**
 * Enforces {@link BodyLimits} before anything reads a body. A request whose {@code Content-Length}
 * is over its family's limit is answered 413 problem+json at once, before a byte of the body is read
 * (what the client still sends is dropped as it arrives, or the connection closed); a body sent without
 * a length (chunked) is read here up to its family's limit and refused the moment it passes it. The
 * server-wide {@code quarkus.http.limits.max-body-size} only backs this up.
 */
@ApplicationScoped
public class BodyLimitRoutes {

    private static final String LIMIT = BodyLimitRoutes.class.getName() + ".limit";

    /** Before Quarkus' upload limit (order -2), so that every refusal is a problem+json. */
    private static final int DECLARED_LENGTH_ORDER = -3;
    /** After it (which lets a chunked body through), before the REST layer. */
    private static final int CHUNKED_ORDER = -1;

    /**
     * A refused body up to this size is received and dropped, as servlet containers do (Tomcat's
     * maxSwallowSize), so that an ordinary client, which sends its whole body before reading, gets the answer.
     */
    static final long SWALLOWED_AT_MOST = 16L << 20;

    private final BodyLimits limits;
    /** One body reader per limit in use (a handful): Vert.x' BodyHandler, which fails with 413 past its limit. */
    private final Map<Long, BodyHandler> readers = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    public BodyLimitRoutes(BodyLimitConfig config, ObjectMapper json) {
        this.limits = config.limits();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(DECLARED_LENGTH_ORDER).handler(this::declaredLength);
        router.route().order(CHUNKED_ORDER).handler(this::chunked).failureHandler(this::chunkedTooLarge);
    }

    private void declaredLength(RoutingContext rc) {
        String declared = rc.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null) {
            BodyLimits.Limit limit = limits.of(rc.normalizedPath());
            long length = parse(declared);
            if (length > limit.maxBytes()) {
                refuse(rc, limit, length);
                return;
            }
        }
        rc.next();
    }

    private void chunked(RoutingContext rc) {
        if (rc.request().getHeader(HttpHeaderNames.CONTENT_LENGTH) == null
                && rc.request().getHeader(HttpHeaderNames.TRANSFER_ENCODING) != null) {
            // no length to judge by: read the body here, up to the family's limit and no further
            BodyLimits.Limit limit = limits.of(rc.normalizedPath());
            rc.put(LIMIT, limit);
            readers.computeIfAbsent(limit.maxBytes(), max -> BodyHandler.create(false).setBodyLimit(max)).handle(rc);
            return;
        }
        rc.next();
    }

    /** The body reader fails the request with 413 once a chunked body passes its limit. */
    private void chunkedTooLarge(RoutingContext rc) {
        BodyLimits.Limit limit = rc.get(LIMIT);
        if (rc.statusCode() == 413 && limit != null && !rc.response().ended()) {
            refuse(rc, limit, -1);
        } else {
            rc.next();
        }
    }

    private void refuse(RoutingContext rc, BodyLimits.Limit limit, long length) {
        String detail = "This endpoint accepts a request body of at most " + limit.maxBytes() + " bytes ("
                + limit.family() + "); this one " + (length < 0 ? "sent more"
                        : "declares " + (length == Long.MAX_VALUE ? "an unreadable length" : length + " bytes"))
                + ". Nothing was read or changed.";
        Problem problem = new Problem(Problem.type("too-large"), "Payload too large", 413, detail, rc.normalizedPath(),
                List.of(new FieldError("body", "too-large", "must be at most " + limit.maxBytes() + " bytes")));
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (length > SWALLOWED_AT_MOST) {
            // not worth receiving only to drop it: close once answered (the client may see its send cut off)
            response.putHeader(HttpHeaderNames.CONNECTION, "close").endHandler(done -> request.connection().close());
        }
        // what the client goes on sending is dropped as it arrives, never kept, so that it can read the answer
        if (!request.isEnded()) {
            request.handler(dropped -> { }).resume();
        }
        response.end(json(problem));
    }

    private String json(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A length that is not a number is as good as an endless one. */
    private static long parse(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}

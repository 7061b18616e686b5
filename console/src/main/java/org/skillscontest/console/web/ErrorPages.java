package org.skillscontest.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.signin.NotSignedInException;
import org.skillscontest.console.signin.OutsideRoleException;

/**
 * How a page that cannot be shown answers: not signed in → the sign-in page (htmx follows
 * {@code HX-Redirect}); outside the person's roles → 403; a service's refusal nobody handled → its
 * status with the service's own words.
 */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden(String needed);

        static native TemplateInstance failed(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response notSignedIn(NotSignedInException e, HttpHeaders headers) {
        if (headers.getHeaderString("HX-Request") != null) {
            return Response.ok().header("HX-Redirect", "/sign-in").build();
        }
        return Response.seeOther(URI.create("/sign-in")).build();
    }

    @ServerExceptionMapper
    public Response outsideRole(OutsideRoleException e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.forbidden(e.needed())).build();
    }

    /** A service that does not answer (down, restarting, unreachable): 503, saying so, not a stack trace. */
    @ServerExceptionMapper
    public Response unreachable(jakarta.ws.rs.ProcessingException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE).header("Retry-After", "5")
                .entity(Templates.failed(503, "服务暂不可用 A service is not answering",
                        "请稍后再试。Please try again in a moment.")).build();
    }

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        int status = e.status() == 401 ? 401 : e.status() >= 500 ? 502 : e.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.failed(e.status(), e.problem().title(), e.problem().detail())).build();
    }
}

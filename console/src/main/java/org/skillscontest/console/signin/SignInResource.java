package org.skillscontest.console.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.backend.Registration.Federation;

/**
 * Signing in and out. With the identity provider on, {@code /sign-in/oidc} is a protected path:
 * quarkus-oidc runs the authorization-code flow and comes back here. With the development sign-in
 * on (local stack only), a form picks the role and who.
 */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean dev, boolean oidc, List<Role> roles, List<Federation> federations,
                                              Map<String, String> errors, String role, String subject, String federation);
    }

    private final DevSignIn dev;
    private final OidcSignIn oidc;
    private final SignedIn signedIn;
    private final RegistrationApi registration;

    SignInResource(DevSignIn dev, OidcSignIn oidc, SignedIn signedIn, @RestClient RegistrationApi registration) {
        this.dev = dev;
        this.oidc = oidc;
        this.signedIn = signedIn;
        this.registration = registration;
    }

    @GET
    public TemplateInstance page() {
        return form(Map.of(), null, null, null);
    }

    /** The identity provider's way back: quarkus-oidc has made the session, the console starts. */
    @GET
    @Path("oidc")
    public Response afterIdentityProvider() {
        signedIn.require();
        return Response.seeOther(URI.create("/")).build();
    }

    @POST
    @Path("dev")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response devSignIn(@FormParam("role") String roleClaim, @FormParam("subject") String subject,
                              @FormParam("federation") String federation) {
        if (!dev.enabled()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Role role = roleClaim == null ? null : Role.ofClaim(roleClaim).orElse(null);
        if (role == null) {
            errors.put("role", "请选择角色 Choose a role");
        }
        String who = subject == null ? "" : subject.strip();
        String code = federation == null ? "" : federation.strip();
        if (role == Role.FEDERATION && code.isEmpty()) {
            errors.put("federation", "请填写工会代码 Enter the federation's code");
        }
        if ((role == Role.JUDGE || role == Role.CHIEF_JUDGE) && who.isEmpty()) {
            errors.put("subject", "请填写裁判编号 Enter the judge's id, as on the panel");
        }
        if (who.length() > 64 || code.length() > 32) {
            errors.put(who.length() > 64 ? "subject" : "federation", "太长 Too long");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(form(errors, roleClaim, subject, federation)).build();
        }
        if (who.isEmpty()) {
            who = role == Role.FEDERATION ? "staff@" + code : role.claim();
        }
        String token = dev.signIn(role, who, code);
        NewCookie cookie = new NewCookie.Builder(SignedIn.COOKIE).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(12 * 3600).build();
        return Response.seeOther(URI.create("/")).cookie(cookie).build();
    }

    private TemplateInstance form(Map<String, String> errors, String role, String subject, String federation) {
        return Templates.signIn(dev.enabled(), oidc.enabled(), Arrays.asList(Role.values()), federationsToPick(), errors,
                role, subject, federation);
    }

    /** The federations the stack knows, so that nobody has to remember a code (development sign-in only). */
    private List<Federation> federationsToPick() {
        if (!dev.enabled()) {
            return List.of();
        }
        try {
            String organiser = dev.signIn(Role.ORGANIZER, "console-sign-in", null);
            return registration.federations("Bearer " + organiser, 0, 500).items();
        } catch (RuntimeException e) {
            return List.of(); // registration not up yet: the code is typed instead
        }
    }
}

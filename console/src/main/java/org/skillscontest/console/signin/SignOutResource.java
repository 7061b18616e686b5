package org.skillscontest.console.signin;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Signing out: the development cookie is cleared; an identity provider session ends at the provider. */
@Path("/sign-out")
public class SignOutResource {

    private final SignedIn signedIn;

    SignOutResource(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @POST
    public Response signOut() {
        NewCookie cleared = new NewCookie.Builder(SignedIn.COOKIE).value("").path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
        // quarkus.oidc.logout.path: quarkus-oidc ends the provider's session there and comes back to /sign-in
        URI next = URI.create(signedIn.viaIdentityProvider() ? "/sign-out/oidc" : "/sign-in");
        return Response.seeOther(next).cookie(cleared).build();
    }
}

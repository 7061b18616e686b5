package org.skillscontest.console.signin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An organiser-only page for SignInTest. */
@Path("/forbidden-check")
public class ForbiddenCheck {

    private final SignedIn signedIn;

    ForbiddenCheck(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @GET
    public String organisersOnly() {
        signedIn.require(Role.ORGANIZER);
        return "ok";
    }
}

package org.skillscontest.console.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.SignedIn;

/** The start page: what the signed-in person can do, and the competitions of the edition. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(ConsoleUser user, List<Competition> competitions);
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;

    HomeResource(SignedIn signedIn, @RestClient RegistrationApi registration) {
        this.signedIn = signedIn;
        this.registration = registration;
    }

    @GET
    public TemplateInstance home() {
        ConsoleUser user = signedIn.require();
        return Templates.home(user, registration.competitions(0, 200).items());
    }
}

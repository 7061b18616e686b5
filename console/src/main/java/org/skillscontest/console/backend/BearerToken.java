package org.skillscontest.console.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.SignedIn;

/**
 * Every call to a service carries the signed-in person's own token: the service, not the console,
 * decides what that person may do. A call that names its own Authorization keeps it.
 */
@ApplicationScoped
public class BearerToken implements ClientHeadersFactory {

    private final Instance<SignedIn> signedIn;

    BearerToken(Instance<SignedIn> signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (!outgoing.containsKey("Authorization")) {
            signedIn.get().user().map(ConsoleUser::token).ifPresent(t -> headers.putSingle("Authorization", "Bearer " + t));
        }
        return headers;
    }
}

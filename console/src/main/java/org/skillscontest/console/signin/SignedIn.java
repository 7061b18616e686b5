package org.skillscontest.console.signin;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who is signed in for this request: the identity provider's session (quarkus-oidc) or the development
 * sign-in's cookie. Pages call {@link #require} with the roles that can use them: a person without
 * one of them gets the sign-in page (not signed in) or a 403 page, never a form that can only fail.
 * Templates reach it as {@code inject:signedIn}.
 */
@RequestScoped
@Named("signedIn")
public class SignedIn {

    /** The development sign-in's cookie: the token itself, HttpOnly and SameSite=Strict. */
    public static final String COOKIE = "console_session";

    private final SecurityIdentity identity;
    private final OidcSignIn oidc;
    private final DevSignIn dev;
    private final RoutingContext request;
    private Optional<ConsoleUser> user;

    SignedIn(SecurityIdentity identity, OidcSignIn oidc, DevSignIn dev, RoutingContext request) {
        this.identity = identity;
        this.oidc = oidc;
        this.dev = dev;
        this.request = request;
    }

    public Optional<ConsoleUser> user() {
        if (user == null) {
            user = oidc.read(identity).or(() -> {
                Cookie cookie = request.request().getCookie(COOKIE);
                return cookie == null ? Optional.empty() : dev.read(cookie.getValue());
            });
        }
        return user;
    }

    /** The person, or null: for templates. */
    public ConsoleUser current() {
        return user().orElse(null);
    }

    /** The person signed in, who must hold one of {@code roles} (none given: any role). */
    public ConsoleUser require(Role... roles) {
        ConsoleUser found = user().orElseThrow(NotSignedInException::new);
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(found::is)) {
            throw new OutsideRoleException(found, roles);
        }
        return found;
    }

    public boolean viaIdentityProvider() {
        return oidc.read(identity).isPresent();
    }
}

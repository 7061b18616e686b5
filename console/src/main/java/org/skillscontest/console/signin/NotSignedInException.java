package org.skillscontest.console.signin;

/** A page was asked for by someone not signed in: they are sent to the sign-in page. */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("not signed in", null, false, false);
    }
}

package org.skillscontest.subscriber;

/**
 * A record this subscriber can never process, however often it tries: it goes to the dead-letter topic
 * with {@link #getMessage()} as the reason, and the subscriber moves on.
 */
public final class Rejected extends Exception {

    public Rejected(String reason) {
        super(reason);
    }

    public Rejected(String reason, Throwable cause) {
        super(reason, cause);
    }
}

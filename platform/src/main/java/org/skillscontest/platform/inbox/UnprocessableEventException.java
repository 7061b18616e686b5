package org.skillscontest.platform.inbox;

/** A record that no retry can make processable: it goes to the dead-letter topic with this message. */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }
}

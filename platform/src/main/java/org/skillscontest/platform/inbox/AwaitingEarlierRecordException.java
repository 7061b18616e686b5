package org.skillscontest.platform.inbox;

/**
 * A record that needs another, from another topic, which this service has not consumed yet (a
 * round's cut before the event that defines the round). Nothing is wrong with it: it is retried in
 * place, like a transient failure, until the other record has been processed.
 */
public class AwaitingEarlierRecordException extends RuntimeException {

    public AwaitingEarlierRecordException(String message) {
        super(message);
    }
}

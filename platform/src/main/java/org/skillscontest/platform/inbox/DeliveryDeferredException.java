package org.skillscontest.platform.inbox;

/**
 * A record left unprocessed because the service is stopping while a dependency is away: it is not
 * acknowledged, so its offset is not committed and it is delivered again after the restart.
 */
public class DeliveryDeferredException extends RuntimeException {

    public DeliveryDeferredException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.skillscontest.deploy.stack;

/** The wait between two looks at something that is not there yet; an interrupt ends the command that waits. */
public final class Pause {

    private Pause() {
    }

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

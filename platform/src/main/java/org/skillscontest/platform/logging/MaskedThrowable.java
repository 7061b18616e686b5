package org.skillscontest.platform.logging;

/**
 * A copy of an exception for the log with its message (and its causes' messages) masked: the class
 * name and stack trace stay, so the log still says what failed and where. Only ever logged, never thrown.
 */
final class MaskedThrowable extends Throwable {

    private final String originalClass;

    private MaskedThrowable(Throwable original) {
        super(PersonalData.mask(original.getMessage()),
                original.getCause() == null || original.getCause() == original ? null : of(original.getCause()), true, true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            addSuppressed(of(suppressed));
        }
    }

    static MaskedThrowable of(Throwable original) {
        return original instanceof MaskedThrowable masked ? masked : new MaskedThrowable(original);
    }

    /** Prints as the original would: its class name and the masked message. */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}

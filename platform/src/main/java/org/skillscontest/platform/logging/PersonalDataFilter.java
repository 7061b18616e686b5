package org.skillscontest.platform.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks ID and phone numbers in every log record before it is written, whoever logs it: a database
 * error can carry a key's values ({@code Key (id_number)=(…) already exists}) through Hibernate's own
 * logging or an exception's message, and a stack trace is logged whole. Enabled for the console and
 * file handlers in the platform's defaults ({@code quarkus.log.console.filter}).
 */
@LoggingFilter(name = PersonalDataFilter.NAME)
public final class PersonalDataFilter implements Filter {

    public static final String NAME = "mask-personal-data";

    @Override
    public boolean isLoggable(LogRecord record) {
        String formatted = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (PersonalData.mayContain(formatted)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(PersonalData.mask(formatted), ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(PersonalData.mask(formatted));
            }
            record.setParameters(null);
        }
        if (record.getThrown() != null && carriesPersonalData(record.getThrown())) {
            record.setThrown(MaskedThrowable.of(record.getThrown()));
        }
        return true;
    }

    private static boolean carriesPersonalData(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (PersonalData.mayContain(t.getMessage())) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (carriesPersonalData(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.skillscontest.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void idNumbersAreMaskedAsTheApisMaskThem() {
        assertThat(PersonalData.mask("Key (id_number)=(65010219900307123X) already exists."))
                .isEqualTo("Key (id_number)=(650102********123X) already exists.");
        assertThat(PersonalData.mask("650102199003071234,110101198001011237"))
                .isEqualTo("650102********1234,110101********1237");
        assertThat(PersonalData.mask("old 650102900307123 card")).isEqualTo("old 650102*****7123 card");
        assertThat(PersonalData.mask("x 65010219900307123x.")).isEqualTo("x 650102********123x.");
    }

    @Test
    void mobileNumbersAreMasked() {
        assertThat(PersonalData.mask("phone=13812345678")).isEqualTo("phone=138****5678");
        assertThat(PersonalData.mask("call +86 138-1234-5678 now")).isEqualTo("call +86 138****5678 now");
        assertThat(PersonalData.mask("138 1234 5678")).isEqualTo("138****5678");
    }

    @Test
    void otherNumbersAreLeftAlone() {
        String text = "offset 12345678901234567890 at 1764650000123 id 3f2b6c1e-8d1a-4b7e-9c3d-123456789012 "
                + "hash a650102199003071234b port 8081 took 12 ms, 2026-12-02T05:00:00Z, 10485760 bytes";
        assertThat(PersonalData.mask(text)).isEqualTo(text);
        assertThat(PersonalData.mayContain("a short 1234567890 number")).isFalse();
        assertThat(PersonalData.mask(null)).isNull();
    }

    @Test
    void theFilterMasksTheMessageItsParametersAndEveryException() {
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "registering %s failed", ExtLogRecord.FormatStyle.PRINTF,
                PersonalDataTest.class.getName());
        record.setParameters(new Object[] {"650102199003071234"});
        IllegalStateException cause = new IllegalStateException("duplicate key (id_number)=(650102199003071234), phone 13812345678");
        RuntimeException thrown = new RuntimeException("could not insert", cause);
        record.setThrown(thrown);

        assertThat(new PersonalDataFilter().isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage()).isEqualTo("registering 650102********1234 failed");
        Throwable logged = record.getThrown();
        assertThat(logged.toString()).isEqualTo("java.lang.RuntimeException: could not insert");
        assertThat(logged.getCause().toString()).isEqualTo(
                "java.lang.IllegalStateException: duplicate key (id_number)=(650102********1234), phone 138****5678");
        assertThat(logged.getStackTrace()).isEqualTo(thrown.getStackTrace());
    }

    @Test
    void aRecordWithoutPersonalDataIsUntouched() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "relayed %d records", ExtLogRecord.FormatStyle.PRINTF, "x");
        record.setParameters(new Object[] {42});
        RuntimeException thrown = new RuntimeException("broker away");
        record.setThrown(thrown);
        new PersonalDataFilter().isLoggable(record);
        assertThat(record.getFormattedMessage()).isEqualTo("relayed 42 records");
        assertThat(record.getThrown()).isSameAs(thrown);
    }
}

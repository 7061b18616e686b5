package org.skillscontest.registration.domain;
import org.skillscontest.platform.text.Text;

/** Value formats of the contract. */
public final class Codes {
    public static final String CODE = Text.CODE;
    public static final String REGION = "[1-9][0-9]{5}";

    private Codes() {
    }
}

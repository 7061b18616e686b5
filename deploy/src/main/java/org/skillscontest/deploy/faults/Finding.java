package org.skillscontest.deploy.faults;

import java.time.Instant;

/** Something the end state or the topics show that must not be: charged to the fault running at {@code at}. */
record Finding(Kind kind, Instant at, String what) {

    enum Kind {
        /** a fact submitted or derived that some service does not hold */
        LOST,
        /** one fact under two event ids, or held twice */
        DOUBLED,
        /** a later fact of a key delivered before an earlier one */
        OUT_OF_ORDER
    }
}

package org.skillscontest.registration.service;

import org.skillscontest.registration.domain.EntryRequest;
import org.skillscontest.registration.domain.IdNumber;

/** A row of an intake that passed the input checks, with its parsed ID number: what the rules need. */
record Candidate(int index, EntryRequest request, IdNumber idNumber) {

    String idNumberValue() {
        return idNumber.value();
    }
}

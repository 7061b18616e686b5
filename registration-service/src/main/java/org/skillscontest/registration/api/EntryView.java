package org.skillscontest.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.skillscontest.contracts.Employer;
import org.skillscontest.contracts.Origin;
import org.skillscontest.registration.domain.Entry;
import org.skillscontest.registration.domain.EntryStatus;
import org.skillscontest.registration.domain.Gender;
import org.skillscontest.registration.domain.IdNumber;
import org.skillscontest.registration.domain.Person;

/** An entry as federations and organisers see it: ID number masked (the auditor role sees it whole). */
public record EntryView(UUID entryId, UUID personId, String name, String idNumber, Gender gender, String federation,
                        Employer employer, int currentSkillLevel, String competition, String event, EntryStatus status,
                        Origin origin, UUID promotionId, Instant registeredAt) {

    static EntryView of(Entry e, Person p, boolean fullIdNumber) {
        return new EntryView(e.id, e.personId, p.name, fullIdNumber ? p.idNumber : IdNumber.mask(p.idNumber), p.gender,
                e.federation, new Employer(e.employerName, e.employerCreditCode), e.currentSkillLevel, e.competition,
                e.event, e.status, e.origin, e.promotionId, e.registeredAt);
    }
}

package org.skillscontest.registration.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.skillscontest.registration.domain.CreditCode;
import org.skillscontest.registration.domain.IdNumber;

/** Valid test identities built with the production check-character rules. */
final class People {

    private People() {
    }

    /** An ID number of the region, birth date and sequence (odd: man, even: woman). */
    static String idNumber(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    static Map<String, Object> entry(String name, String idNumber) {
        return Map.of("name", name, "idNumber", idNumber, "phone", "13900000000",
                "employer", Map.of("name", "克拉玛依顺丰速运有限公司", "creditCode", creditCode("91650200MA77ABCDE")),
                "currentSkillLevel", 4);
    }
}

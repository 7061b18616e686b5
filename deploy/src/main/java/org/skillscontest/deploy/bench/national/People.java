package org.skillscontest.deploy.bench.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.skillscontest.contracts.CheckCharacters;

/**
 * The synthetic entrants: distinct, valid ID numbers (GB 11643) per district federation, five
 * enterprises per federation with valid credit codes (GB 32100), and each person's ability, which
 * every judge's marks follow at every level (so the same people rise). Deterministic.
 */
final class People {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "建华"};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1990, 1, 1);

    /** One entrant as the federation's system holds it. */
    record Person(String name, String idNumber, String phone, String employer, String creditCode) {
    }

    private People() {
    }

    /**
     * The {@code count} people a federation enters into one event, {@code first} the number of people
     * the federation entered before (ID numbers stay distinct across its events: 999 a birth date).
     */
    static List<Person> of(String federationRegion, int first, int count) {
        List<Person> people = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            LocalDate birth = FIRST_BIRTH.plusDays(i / 999 * 7L);
            String first17 = federationRegion + birth.toString().replace("-", "") + "%03d".formatted(i % 999 + 1);
            int enterprise = i % 5;
            people.add(new Person(SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length],
                    first17 + CheckCharacters.idNumber(first17), "13" + "%09d".formatted((Long.parseLong(federationRegion) * 1000 + i) % 1_000_000_000L),
                    "职工企业" + federationRegion + "-" + enterprise, creditCode(federationRegion, enterprise)));
        }
        return people;
    }

    private static String creditCode(String region, int enterprise) {
        String first17 = "91" + region + "%09d".formatted(400_000 + enterprise);
        return first17 + CheckCharacters.creditCode(first17);
    }

    /** A person's ability (55–95), which their marks and scores follow. */
    static double ability(UUID person) {
        return 55 + 40 * new Random(person.getMostSignificantBits() ^ person.getLeastSignificantBits()).nextDouble();
    }

    /** An ability for who is known by ID number only (the exam platform's export). */
    static double ability(String idNumber) {
        return 55 + 40 * new Random(idNumber.hashCode()).nextDouble();
    }
}

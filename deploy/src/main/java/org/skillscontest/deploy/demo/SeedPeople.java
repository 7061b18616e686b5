package org.skillscontest.deploy.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.skillscontest.contracts.CheckCharacters;

/**
 * Made-up but well-formed people and enterprises for the seed scenario: ID numbers with the GB 11643
 * check digit, credit codes with the GB 32100 check character. Deterministic for a given seed.
 */
final class SeedPeople {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "建华", "志强", "海燕", "晓东"};
    private static final String[] XINJIANG_GIVEN = {"艾尔肯", "古丽娜尔", "阿不都热合曼", "迪丽拜尔", "努尔兰", "阿依古丽", "麦麦提", "帕提古丽", "吐尔洪", "加娜尔", "买合木提", "热依拉", "阿力木", "祖丽胡玛尔"};
    private static final String[] XINJIANG_FATHER = {"吐尔逊", "买买提", "依明", "阿布拉", "哈斯木", "托合提", "艾力", "热西提", "阿吉", "别克", "库尔班", "沙塔尔"};

    private final Random random;
    private int sequence;

    SeedPeople(long seed) {
        this.random = new Random(seed);
    }

    String name(boolean xinjiang) {
        if (xinjiang && random.nextInt(3) == 0) {
            return XINJIANG_GIVEN[random.nextInt(XINJIANG_GIVEN.length)] + "·" + XINJIANG_FATHER[random.nextInt(XINJIANG_FATHER.length)];
        }
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** A fresh, valid ID number of the region, for someone aged 20–50 today. */
    String idNumber(String region) {
        LocalDate birth = LocalDate.now().minusYears(20 + random.nextInt(30)).minusDays(random.nextInt(365));
        sequence = (sequence + 1 + random.nextInt(3)) % 1000;
        return idNumber(region, birth, sequence);
    }

    static String idNumber(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + CheckCharacters.idNumber(first17);
    }

    /** A valid unified social credit code of an enterprise (91…) registered in the region. */
    static String creditCode(String region, int enterprise) {
        String first17 = "91" + region + String.format("%09d", 100_000 + enterprise * 7919L).substring(0, 9);
        return first17 + CheckCharacters.creditCode(first17);
    }

    String phone() {
        return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }

    double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}

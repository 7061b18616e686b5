package org.skillscontest.deploy.bench.national;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic national competition the national benchmark runs: {@code provinces} provincial
 * competitions of {@code citiesPerProvince} city competitions each, all with the same
 * {@code events}, and one national final; {@code entrants} register at the city level, which is
 * the only level federations enter directly (everyone above got there by promotion). The first
 * event of every city (快递员, courier) runs in rounds: a theory-only preliminary imported from the
 * exam platform, whose top {@link #CUT_PERCENT} % go on to the final, and it draws three times the
 * entrants of an ordinary event, as the big occupations do. Pure: what to create and how many to
 * expect, no I/O.
 */
public record Shape(int provinces, int citiesPerProvince, int events, int entrants) {

    /** Places that advance from a city event to its province, and from a provincial event to the final. */
    public static final int CITY_QUOTA = 3;
    public static final int PROVINCIAL_QUOTA = 2;
    /** The share of a preliminary's ranked entrants that go on to the final of the city's courier event. */
    public static final int CUT_PERCENT = 30;
    /** How much larger the courier event with its preliminary is than an ordinary event. */
    static final int ROUNDS_WEIGHT = 3;
    /** Two district federations in every city, each entering its own workers. */
    public static final int FEDERATIONS_PER_CITY = 2;

    /** The 31 provincial-level divisions by their region codes (GB/T 2260), in order. */
    static final List<String> PROVINCE_CODES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    static final List<String> PROVINCE_NAMES = List.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
            "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
            "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆");

    /** An occupation of the competition; the first runs in rounds. */
    public record Occupation(String code, String name) {
    }

    static final List<Occupation> OCCUPATIONS = List.of(
            new Occupation("courier", "快递员"), new Occupation("rider", "网约配送员"), new Occupation("welder", "焊工"),
            new Occupation("electrician", "电工"), new Occupation("fitter", "钳工"), new Occupation("turner", "车工"),
            new Occupation("cnc", "数控车工"), new Occupation("auto-repair", "汽车维修工"), new Occupation("elder-care", "养老护理员"),
            new Occupation("housekeeping", "家政服务员"), new Occupation("chef", "中式烹调师"), new Occupation("tea", "茶艺师"),
            new Occupation("ecommerce", "电子商务师"), new Occupation("nursery", "育婴员"), new Occupation("bricklayer", "砌筑工"),
            new Occupation("crane", "起重装卸机械操作工"), new Occupation("drone", "无人机驾驶员"),
            new Occupation("robot", "工业机器人系统操作员"), new Occupation("netsec", "网络与信息安全管理员"),
            new Occupation("health-care", "健康照护师"));

    /** The default: 30 provinces × 4 cities × 20 events, 100,000 entrants (after the lists its check reads). */
    public static final Shape NATIONAL = new Shape(30, 4, 20, 100_000);

    public Shape {
        if (provinces < 1 || provinces > PROVINCE_CODES.size()) {
            throw new IllegalArgumentException("provinces: 1 to " + PROVINCE_CODES.size() + ", not " + provinces);
        }
        if (citiesPerProvince < 1 || citiesPerProvince > 99) {
            throw new IllegalArgumentException("cities per province: 1 to 99, not " + citiesPerProvince);
        }
        if (events < 1 || events > OCCUPATIONS.size()) {
            throw new IllegalArgumentException("events: 1 to " + OCCUPATIONS.size() + ", not " + events);
        }
        int cityEvents = provinces * citiesPerProvince * events;
        if (entrants < cityEvents * CITY_QUOTA) {
            throw new IllegalArgumentException(entrants + " entrants cannot fill " + cityEvents + " city events of at least "
                    + CITY_QUOTA + " each");
        }
    }

    /**
     * The default scaled by {@code s} (0 < s ≤ 2): {@code s}× the entrants, provinces and events in
     * proportion (at least 2 provinces and 2 events, so that every level has something to rank).
     */
    public static Shape scaled(double s) {
        if (!(s > 0 && s <= 2)) {
            throw new IllegalArgumentException("--scale: above 0, at most 2, not " + s);
        }
        int provinces = (int) Math.max(2, Math.min(PROVINCE_CODES.size(), Math.round(NATIONAL.provinces() * s)));
        int events = (int) Math.max(2, Math.min(OCCUPATIONS.size(), Math.round(NATIONAL.events() * s)));
        int entrants = (int) Math.round(NATIONAL.entrants() * s);
        return new Shape(provinces, NATIONAL.citiesPerProvince(), events,
                Math.max(entrants, provinces * NATIONAL.citiesPerProvince() * events * CITY_QUOTA * 2));
    }

    public record Province(String code, String name, String region) {
        public String competition() {
            return "P" + code + "-2027";
        }
    }

    public record City(Province province, int number) {
        public String region() {
            return province.code() + "%02d00".formatted(number);
        }

        public String competition() {
            return "C" + province.code() + "%02d-2027".formatted(number);
        }

        public String name() {
            return province.name() + "第" + number + "市职工职业技能大赛";
        }

        /** The district federations' region codes, inside the city's. */
        public String federationRegion(int federation) {
            return province.code() + "%02d%02d".formatted(number, federation + 1);
        }

        public String federationCode(int federation) {
            return "F" + federationRegion(federation);
        }
    }

    public List<Province> provinceList() {
        List<Province> list = new ArrayList<>();
        for (int p = 0; p < provinces; p++) {
            list.add(new Province(PROVINCE_CODES.get(p), PROVINCE_NAMES.get(p), PROVINCE_CODES.get(p) + "0000"));
        }
        return list;
    }

    public List<City> cityList() {
        List<City> list = new ArrayList<>();
        for (Province p : provinceList()) {
            for (int c = 1; c <= citiesPerProvince; c++) {
                list.add(new City(p, c));
            }
        }
        return list;
    }

    public List<Occupation> occupations() {
        return OCCUPATIONS.subList(0, events);
    }

    /** Whether the event runs in rounds (a preliminary, then the final): the first, when there are two or more. */
    public boolean inRounds(int event) {
        return event == 0 && events > 1;
    }

    /** Entrants of city {@code city} (0-based, in {@link #cityList()} order) in event {@code event}. */
    public int entrantsOf(int city, int event) {
        return entrantsOfCity(city)[event];
    }

    /** A city's entrants per event: the rounds event weighs three; what does not divide goes one each from the last event. */
    int[] entrantsOfCity(int city) {
        int cities = provinces * citiesPerProvince;
        int ofCity = entrants / cities + (city < entrants % cities ? 1 : 0);
        int units = events + (events > 1 ? ROUNDS_WEIGHT - 1 : 0);
        int[] sizes = new int[events];
        int left = ofCity;
        for (int e = 0; e < events; e++) {
            sizes[e] = ofCity / units * (inRounds(e) ? ROUNDS_WEIGHT : 1);
            left -= sizes[e];
        }
        for (int e = events - 1; left > 0; e = e == 0 ? events - 1 : e - 1, left--) {
            sizes[e]++;
        }
        return sizes;
    }

    /** Finalists of a preliminary of {@code ranked} entrants: the top {@link #CUT_PERCENT} %, rounded down, at least 1 (before ties). */
    public static int finalists(int ranked) {
        return Math.max(1, ranked * CUT_PERCENT / 100);
    }

    public int cityEvents() {
        return provinces * citiesPerProvince * events;
    }

    public int provincialEvents() {
        return provinces * events;
    }

    /** Every competition: cities, provinces, the final. */
    public int competitions() {
        return provinces * citiesPerProvince + provinces + 1;
    }

    public int federations() {
        return provinces * citiesPerProvince * FEDERATIONS_PER_CITY;
    }
}

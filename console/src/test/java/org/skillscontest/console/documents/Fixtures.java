package org.skillscontest.console.documents;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Results as the builders' tests use them, and the font the console's settings name. */
final class Fixtures {

    /** The font of console.pdf.font (Debian's fonts-wqy-microhei; CI installs it with deploy/browser/install-chromium). */
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private static ChineseFont font;

    private Fixtures() {
    }

    static synchronized ChineseFont font() {
        if (font == null) {
            font = ChineseFont.load(FONT);
        }
        return font;
    }

    /** {@code n} entrants in place order (the first four with awards, the second advancing), then one withdrawn and one disqualified. */
    static EventResults results(int n) {
        List<EventResults.Placing> placings = new ArrayList<>();
        String[] awards = {"GOLD", "SILVER", "BRONZE", "EXCELLENCE"};
        for (int i = 0; i < n; i++) {
            BigDecimal theory = BigDecimal.valueOf(9000 - i * 37, 2);
            BigDecimal practical = BigDecimal.valueOf(8800 - i * 41, 2);
            BigDecimal total = theory.multiply(new BigDecimal("0.3")).add(practical.multiply(new BigDecimal("0.7")))
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            placings.add(new EventResults.Placing(i + 1, "entry-" + i, "选手" + name(i), "克拉玛依市总工会", theory, practical, total,
                    i < awards.length ? awards[i] : null, i < 2, "COMPETING", null));
        }
        placings.add(new EventResults.Placing(null, "entry-w", "退赛者", "独山子区总工会", new BigDecimal("70"), null, null, null, false,
                "WITHDRAWN", "因病退赛"));
        placings.add(new EventResults.Placing(null, "entry-d", "违规者", "独山子区总工会", new BigDecimal("60.5"), new BigDecimal("50"),
                new BigDecimal("53.15"), null, false, "DISQUALIFIED", "携带违禁物品"));
        return new EventResults("2026年克拉玛依市职工职业技能大赛", "焊工", 3, "公示中", placings);
    }

    /** Distinct Chinese given names, so that no name is part of another: 甲一, 甲二, …. */
    static String name(int i) {
        String stems = "甲乙丙丁戊己庚辛壬癸";
        String digits = "一二三四五六七八九十";
        return "" + stems.charAt(i / 10 % 10) + digits.charAt(i % 10) + (i >= 100 ? String.valueOf(i / 100) : "");
    }
}

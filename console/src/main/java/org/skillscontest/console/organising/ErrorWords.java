package org.skillscontest.console.organising;

import java.util.Map;
import org.skillscontest.console.backend.Problem;

/**
 * The services explain a refusal in English with a stable {@code code}; organisers read Chinese. The
 * Chinese here says what kind of mistake it is, the service's own words say exactly what (a limit, a code).
 */
final class ErrorWords {

    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("not-null", "必填"),
            Map.entry("not-blank", "必填"),
            Map.entry("pattern", "格式不正确"),
            Map.entry("malformed", "格式不正确"),
            Map.entry("min", "数值太小"),
            Map.entry("max", "数值太大"),
            Map.entry("decimal-min", "数值太小"),
            Map.entry("decimal-max", "数值太大"),
            Map.entry("size", "长度或数量超出范围"),
            Map.entry("duplicate", "代码已被使用"),
            Map.entry("national-region", "全国级竞赛的区划代码须为 100000"),
            Map.entry("unknown-competition", "没有这个竞赛"),
            Map.entry("wrong-level", "晋级竞赛须为上一级竞赛"),
            Map.entry("outside-region", "不在上一级竞赛的区域内"),
            Map.entry("not-fed-competition", "须为本竞赛晋级的上一级竞赛"),
            Map.entry("unknown-event", "没有这个赛项"),
            Map.entry("other-occupation", "上一级赛项的工种不同"),
            Map.entry("weights-sum", "权重之和须为 100"),
            Map.entry("no-practical", "实操权重为 0 时不设模块"),
            Map.entry("duplicate-module", "模块代码不能重复"),
            Map.entry("no-judges", "每个模块至少一名裁判"),
            Map.entry("unknown-module", "没有这个模块"),
            Map.entry("judges", "至少一名裁判，且不能重复"),
            Map.entry("locked", "已锁定"));

    private ErrorWords() {
    }

    /** 「必填 · must not be null」: the kind of mistake in Chinese, then the service's words. */
    static String say(Problem.FieldError error) {
        String chinese = error.code() == null ? null : CHINESE.get(error.code());
        String english = error.message() == null ? "" : error.message();
        return chinese == null ? english : english.isEmpty() ? chinese : chinese + " · " + english;
    }
}

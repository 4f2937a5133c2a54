package io.nblint.cli;

import io.nblint.check.RuleInfo;
import io.nblint.check.RuleSet;
import io.nblint.check.Severity;
import io.nblint.render.DisplayWidth;
import io.nblint.score.RuleGroup;
import io.nblint.score.ScoringConfig;
import io.nblint.score.ScoringConfigException;
import io.nblint.score.ScoringConfigReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code nblint rules}: every loaded rule with its severity, the points it takes off under
 * scoring.yaml (per-rule override or per-severity default) and its group cap, basis and description.
 */
@Command(name = "rules", description = "列出规则目录中的全部规则（编号、级别、扣分、封顶、名称、依据、说明）")
public class RulesCommand implements Callable<Integer> {
    @Mixin
    RuleSetOptions ruleSet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet rules = ruleSet.load(err);
        if (rules == null) return Main.USAGE_OR_RULES;
        ScoringConfig scoring = null;
        if (Files.exists(ruleSet.rulesDir.resolve(ScoringConfigReader.FILE_NAME))) {
            try {
                scoring = new ScoringConfigReader().readFromRules(ruleSet.rulesDir);
            } catch (ScoringConfigException e) {
                err.println("nblint: " + e.getMessage());
                err.flush();
                return Main.USAGE_OR_RULES;
            }
        }

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"编号", "级别", "扣分/条", "封顶组", "名称", "依据", "说明"});
        for (List<RuleInfo> sameId : byId(rules.rules()).values()) {
            RuleInfo first = sameId.get(0);
            // A check and its "无法核对" twin share an id; some ids report at two severities (STR-09, DATE-06).
            Set<Severity> severities = EnumSet.noneOf(Severity.class); // most serious first
            for (RuleInfo r : sameId) if (r.severity() != null) severities.add(r.severity());
            rows.add(new String[] {first.id(),
                    severities.stream().map(Severity::getLabel).collect(Collectors.joining("/")),
                    deduction(scoring, first.id(), severities), cap(scoring, first.id()),
                    oneLine(first.name()), oneLine(first.basis()), oneLine(first.description())});
        }
        int columns = rows.get(0).length;
        int[] widths = new int[columns - 1];
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) line.append(DisplayWidth.pad(row[c], widths[c])).append("  ");
            out.println((line + row[columns - 1]).stripTrailing());
        }
        out.println("共 " + (rows.size() - 1) + " 条规则（" + rules.rules().size() + " 个 DRL 规则），规则版本 "
                + rules.version() + "，目录 " + rules.directory());
        if (scoring == null) {
            out.println("目录中没有 " + ScoringConfigReader.FILE_NAME + "，不显示扣分；批量检查（nblint batch）需要它。");
        } else {
            out.println("扣分：“按编号”为 scoring.yaml 的 rules 一节单独指定，“按级别”为 deductions 一节的默认值；"
                    + "“无法核对”不扣分。满分 " + plain(scoring.base()) + "，及格 " + plain(scoring.passMark()) + "。");
        }
        out.flush();
        return Main.CLEAN;
    }

    private static Map<String, List<RuleInfo>> byId(List<RuleInfo> rules) {
        Map<String, List<RuleInfo>> byId = new LinkedHashMap<>();
        for (RuleInfo r : rules) byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        return byId;
    }

    /** "10（按编号）" for an override, "5（按级别）" or "5/2（按级别）" for the severity defaults. */
    static String deduction(ScoringConfig scoring, String id, Set<Severity> severities) {
        if (scoring == null) return "";
        BigDecimal override = scoring.perRule().get(id);
        if (override != null) return plain(override) + "（按编号）";
        return severities.stream().map(s -> plain(scoring.pointsFor(id, s))).collect(Collectors.joining("/"))
                + "（按级别）";
    }

    /** The group whose cap bounds this rule's deductions: a configured group, the implicit prefix group, or none. */
    static String cap(ScoringConfig scoring, String id) {
        if (scoring == null) return "";
        RuleGroup group = scoring.groupOf(id);
        if (group != null) return group.name() + " ≤" + plain(group.cap());
        if (scoring.defaultGroupCap() != null) {
            return ScoringConfig.prefixOf(id) + " 组 ≤" + plain(scoring.defaultGroupCap());
        }
        return "不封顶";
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}

package io.nblint.cli;

import io.nblint.check.RuleInfo;
import io.nblint.check.RuleSet;
import io.nblint.render.DisplayWidth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code nblint rules}: every loaded rule with its metadata, as a table. */
@Command(name = "rules", description = "列出规则目录中的全部规则（编号、级别、名称、依据、说明）")
public class RulesCommand implements Callable<Integer> {
    @Mixin
    RuleSetOptions ruleSet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet rules = ruleSet.load(spec.commandLine().getErr());
        if (rules == null) return Main.USAGE_OR_RULES;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"编号", "级别", "名称", "依据", "说明"});
        String lastId = null;
        for (RuleInfo r : rules.rules()) {
            // A check and its "无法核对" twin share an id and metadata: list the id once.
            if (r.id().equals(lastId)) continue;
            lastId = r.id();
            rows.add(new String[] {r.id(), r.severity() == null ? "" : r.severity().getLabel(), r.name(), r.basis(),
                    r.description()});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) line.append(DisplayWidth.pad(row[c], widths[c])).append("  ");
            out.println((line + row[4]).stripTrailing());
        }
        out.println("共 " + (rows.size() - 1) + " 条规则（" + rules.rules().size() + " 个 DRL 规则），规则版本 "
                + rules.version() + "，目录 " + rules.directory());
        out.flush();
        return Main.CLEAN;
    }
}

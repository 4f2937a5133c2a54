package io.nblint.cli;

import io.nblint.check.CheckResult;
import io.nblint.check.ReportCheck;
import io.nblint.check.RuleSet;
import io.nblint.check.Severity;
import io.nblint.read.UnreadableReportException;
import io.nblint.render.Batch;
import io.nblint.render.JsonRenderer;
import io.nblint.render.Renderer;
import io.nblint.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code nblint check FILE...}: reads, parses and checks every file with one rule set, then renders. */
@Command(name = "check", description = "检查一份或多份年度报告（TXT、PDF、DOCX、HTML）",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {
            "0:没有达到 --fail-on 级别的问题",
            "1:存在达到 --fail-on 级别的问题",
            "2:用法错误或规则集错误（语法错误以 文件:行 列出）",
            "3:有文件无法读取（每个文件一行说明，其余文件照常检查）",
            "4:程序内部错误"})
public class CheckCommand implements Callable<Integer> {
    /** What fails the run: findings at or above a severity, or nothing. */
    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING), never(null);

        final Severity threshold;

        FailOn(Severity threshold) { this.threshold = threshold; }
    }

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "报告文件")
    List<Path> files;

    @Mixin
    RuleSetOptions ruleSet;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：${COMPLETION-CANDIDATES}，默认 ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "达到此级别的问题使退出码为 1：${COMPLETION-CANDIDATES}，默认 ${DEFAULT-VALUE}")
    FailOn failOn;

    @Option(names = "--full-text", description = "JSON 输出包含各部分正文全文")
    boolean fullText;

    @Spec
    CommandSpec spec;

    /** How a rule set becomes a pipeline; tests replace it to check hand-built facts. */
    static Function<RuleSet, ReportCheck> pipeline = ReportCheck::standard;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet rules = ruleSet.load(err);
        if (rules == null) return Main.USAGE_OR_RULES;

        ReportCheck check;
        try {
            check = pipeline.apply(rules);
        } catch (IllegalArgumentException e) {
            err.println("nblint: " + e.getMessage());
            return Main.USAGE_OR_RULES;
        }
        List<CheckResult> results = new ArrayList<>();
        List<UnreadableReportException> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(check.check(file));
            } catch (UnreadableReportException e) {
                err.println("nblint: " + e.getSource() + ": " + e.getReason());
                err.flush();
                unreadable.add(e);
            }
        }
        Renderer renderer = format == Format.json ? new JsonRenderer(fullText) : new TextRenderer();
        try {
            renderer.render(new Batch(rules.version(), results, unreadable), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!unreadable.isEmpty()) return Main.UNREADABLE_INPUT;
        if (failOn.threshold != null && results.stream().anyMatch(r -> r.failedAtLeast(failOn.threshold) > 0)) {
            return Main.FINDINGS;
        }
        return Main.CLEAN;
    }
}

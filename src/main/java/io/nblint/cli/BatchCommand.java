package io.nblint.cli;

import io.nblint.batch.BatchRun;
import io.nblint.batch.FolderInputs;
import io.nblint.batch.Progress;
import io.nblint.batch.ReportAnalyzer;
import io.nblint.batch.ReportInput;
import io.nblint.batch.StandardAnalyzer;
import io.nblint.batch.ZipInputs;
import io.nblint.check.RuleSet;
import io.nblint.check.RuleSetException;
import io.nblint.check.RuleSetLoader;
import io.nblint.context.Manifest;
import io.nblint.context.ManifestException;
import io.nblint.score.ScoringConfig;
import io.nblint.score.ScoringConfigException;
import io.nblint.score.ScoringConfigReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code nblint batch DIR|ZIP}: checks every report in a folder (recursive) or zip on all cores and
 * writes a ranked scoreboard (CSV, XLSX, JSON, HTML), one findings list per report (JSON, CSV, HTML),
 * a combined findings list (CSV; and the XLSX's 问题清单 sheet) and errors.csv for files that could not be checked.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "批量检查文件夹（含子文件夹）或 zip 压缩包中的全部年度报告，生成成绩榜和问题清单",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {
            "0:全部文件已检查",
            "2:用法、规则集、评分配置或批次清单错误",
            "3:部分文件无法检查（见 errors.csv，其余文件照常检查）",
            "4:程序内部错误"})
public class BatchCommand implements Callable<Integer> {
    // Same codes as Main's (CLEAN, USAGE_OR_RULES, UNREADABLE_INPUT).
    private static final int CLEAN = 0;
    private static final int USAGE = 2;
    private static final int SOME_UNCHECKED = 3;

    @Parameters(index = "0", paramLabel = "DIR|ZIP", description = "报告所在文件夹或 zip 压缩包")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "nblint-out", description = "结果输出目录，默认 ${DEFAULT-VALUE}")
    Path outDir;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "规则目录（.drl 与 scoring.yaml），默认 ${DEFAULT-VALUE}")
    Path rulesDir;

    @Option(names = "--manifest", paramLabel = "CSV", description = "批次清单：文件,机关,发布日期[,机关类型]，每行一份报告")
    Path manifestFile;

    @Option(names = "--threads", paramLabel = "N", description = "并行线程数，默认为处理器核数")
    Integer threads;

    @Spec
    CommandSpec spec;

    /** How files become facts; tests replace it with hand-built facts. */
    static Supplier<ReportAnalyzer> analyzer = StandardAnalyzer::create;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(input)) {
            err.println("nblint: " + input + ": 文件或文件夹不存在");
            return USAGE;
        }
        RuleSet rules;
        ScoringConfig scoring;
        Manifest manifest = Manifest.EMPTY;
        try {
            rules = new RuleSetLoader().load(rulesDir);
            scoring = new ScoringConfigReader().readFromRules(rulesDir);
            if (manifestFile != null) manifest = Manifest.read(manifestFile);
        } catch (RuleSetException e) {
            err.println("nblint: 规则集错误：" + e.getMessage().lines().findFirst().orElse(""));
            e.getProblems().forEach(p -> err.println("  " + p));
            return USAGE;
        } catch (ScoringConfigException | ManifestException e) {
            err.println("nblint: " + e.getMessage());
            return USAGE;
        }

        ZipInputs zip = null;
        try {
            List<ReportInput> inputs;
            if (Files.isDirectory(input)) {
                Set<Path> skip = new HashSet<>();
                skip.add(outDir);
                if (manifestFile != null) skip.add(manifestFile);
                inputs = FolderInputs.list(input, skip);
            } else if (isZip(input)) {
                zip = new ZipInputs(input);
                inputs = zip.inputs();
            } else {
                err.println("nblint: " + input + ": 既不是文件夹也不是 zip 压缩包（单个文件请用 nblint check）");
                return USAGE;
            }
            if (inputs.isEmpty()) {
                err.println("nblint: " + input + ": 没有找到任何文件");
                return USAGE;
            }
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            PrintStream progressOut = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            BatchRun run = new BatchRun(analyzer.get(), rules, scoring, manifest, Progress.forConsole(progressOut), n);
            BatchRun.Result r = run.run(inputs, outDir);
            out.println("已检查 " + r.checked() + " 份，无法检查 " + r.unchecked() + " 份，用时 "
                    + String.format("%.1f", r.millis() / 1000.0) + " 秒；规则集版本 " + r.ruleSetVersion());
            out.println("成绩榜：" + r.out().resolve("scoreboard.xlsx") + "（另有 .csv .json .html）");
            out.println("问题清单：" + r.out().resolve("findings.csv") + "，每份报告的清单在 " + r.out().resolve("reports"));
            if (r.unchecked() > 0) out.println("无法检查的文件及原因：" + r.out().resolve("errors.csv"));
            out.flush();
            return r.unchecked() > 0 ? SOME_UNCHECKED : CLEAN;
        } catch (IOException e) {
            err.println("nblint: " + input + ": " + e.getMessage());
            return USAGE;
        } finally {
            if (zip != null) {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // read-only archive: nothing to lose
                }
            }
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}

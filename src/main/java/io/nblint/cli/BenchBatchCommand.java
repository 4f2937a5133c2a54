package io.nblint.cli;

import io.nblint.batch.BatchRun;
import io.nblint.batch.FolderInputs;
import io.nblint.batch.Progress;
import io.nblint.batch.ReportInput;
import io.nblint.batch.StandardAnalyzer;
import io.nblint.bench.HeapWatch;
import io.nblint.bench.ReportVariants;
import io.nblint.check.RuleSet;
import io.nblint.check.RuleSetException;
import io.nblint.check.RuleSetLoader;
import io.nblint.context.Manifest;
import io.nblint.score.ScoringConfig;
import io.nblint.score.ScoringConfigException;
import io.nblint.score.ScoringConfigReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code nblint bench-batch}: batch throughput. Generates distinct report variants from the fixtures in
 * a temporary folder (see {@link ReportVariants}), runs the real batch over the TXT/HTML set and over
 * the PDF set, and prints reports per second and the heap the run needed.
 */
@Command(name = "bench-batch", description = "批量检查性能测试：由样例生成大量不同的报告，测每秒检查份数（TXT/HTML、PDF）与堆内存峰值")
public class BenchBatchCommand implements Callable<Integer> {
    @Option(names = "--reports", defaultValue = "2000", description = "TXT/HTML 报告份数，默认 ${DEFAULT-VALUE}")
    int textReports;

    @Option(names = "--pdf", defaultValue = "500", description = "PDF 报告份数（0 不测），默认 ${DEFAULT-VALUE}")
    int pdfReports;

    @Option(names = "--warmup", defaultValue = "300", description = "正式计时前先批量检查的份数（预热 JIT），默认 ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--fixtures", defaultValue = "fixtures", description = "样例目录，默认 ${DEFAULT-VALUE}")
    Path fixtures;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "规则目录，默认 ${DEFAULT-VALUE}")
    Path rulesDir;

    @Option(names = "--threads", paramLabel = "N", description = "并行线程数，默认为处理器核数")
    Integer threads;

    @Option(names = "--keep", description = "保留生成的报告和结果（默认测完删除）")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet rules;
        ScoringConfig scoring;
        try {
            rules = new RuleSetLoader().load(rulesDir);
            scoring = new ScoringConfigReader().readFromRules(rulesDir);
        } catch (RuleSetException | ScoringConfigException e) {
            err.println("nblint: " + e.getMessage().lines().findFirst().orElse(""));
            return Main.USAGE_OR_RULES;
        }
        List<Path> textFixtures = find(fixtures, p -> {
            String s = p.toString();
            return (s.endsWith(".txt") || s.endsWith(".html")) && !s.contains("/rules/");
        });
        List<Path> pdfFixtures = find(fixtures, p -> p.toString().endsWith(".pdf"));
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("nblint-bench-batch");
        try {
            out.printf("JVM：Java %s，%d 个处理器，线程 %d，最大堆 %d MB，GC %s%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), n, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList()));
            out.printf("规则：%d 条（规则集版本 %s），样例：TXT/HTML %d 份，PDF %d 份，工作目录 %s%n", rules.rules().size(),
                    rules.version(), textFixtures.size(), pdfFixtures.size(), work);
            out.flush();

            if (warmup > 0) {
                ReportVariants.writeText(textFixtures, warmup, work.resolve("warmup"));
                run(rules, scoring, n, work.resolve("warmup"), work.resolve("warmup-out"));
                out.printf("预热：%d 份%n", warmup);
            }
            Map<String, Integer> kinds = ReportVariants.writeText(textFixtures, textReports, work.resolve("text"));
            out.printf("%-10s %7s %8s %10s %14s %16s%n", "集合", "份数", "秒", "份/秒", "堆峰值(MB)", "GC后堆峰值(MB)");
            measure(out, "TXT/HTML", rules, scoring, n, work.resolve("text"), work.resolve("text-out"), kinds.toString());
            if (pdfReports > 0) {
                ReportVariants.writePdf(pdfFixtures, pdfReports, work.resolve("pdf"));
                measure(out, "PDF", rules, scoring, n, work.resolve("pdf"), work.resolve("pdf-out"), "");
            }
            return Main.CLEAN;
        } finally {
            if (keep) {
                out.println("已保留：" + work);
            } else {
                delete(work);
            }
            out.flush();
        }
    }

    private static void measure(PrintWriter out, String label, RuleSet rules, ScoringConfig scoring, int threads,
                                Path in, Path outDir, String note) throws IOException {
        long start = System.nanoTime();
        BatchRun.Result r;
        long peak;
        long afterGc;
        try (HeapWatch heap = new HeapWatch()) {
            start = System.nanoTime();
            r = run(rules, scoring, threads, in, outDir);
            peak = heap.maxUsedMb();
            afterGc = heap.maxAfterGcMb();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%-10s %7d %8.1f %10.0f %14d %16d  %s%s%n", label, r.files(), seconds, r.files() / seconds, peak, afterGc,
                note, r.unchecked() > 0 ? "（无法检查 " + r.unchecked() + " 份）" : "");
        out.flush();
    }

    private static BatchRun.Result run(RuleSet rules, ScoringConfig scoring, int threads, Path in, Path out) throws IOException {
        List<ReportInput> inputs = FolderInputs.list(in, Set.of());
        return new BatchRun(StandardAnalyzer.create(), rules, scoring, Manifest.EMPTY, Progress.silent(), threads).run(inputs, out);
    }

    private static List<Path> find(Path dir, java.util.function.Predicate<Path> keep) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(keep).sorted().toList();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

package io.nblint.cli;

import io.nblint.check.CheckResult;
import io.nblint.check.ReportCheck;
import io.nblint.check.RuleSet;
import io.nblint.check.RuleSetCache;
import io.nblint.check.RuleSetException;
import io.nblint.check.RuleSetLoader;
import io.nblint.read.UnreadableReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code nblint bench}: the three figures that matter for a clerk's terminal — a cold single-file
 * check (fresh JVMs through the launcher, with and without the compiled-rules cache), the warm
 * per-report time inside one JVM, and rule-set build time (compile vs cache load).
 */
@Command(name = "bench", description = "性能测试：冷启动单文件检查、热检查每份报告耗时、规则编译与缓存加载耗时")
public class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "报告文件；默认 fixtures/seeds/*.txt，没有则 ../shared/seeds/*.txt")
    List<Path> files = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "规则目录，默认 ${DEFAULT-VALUE}")
    Path rulesDir;

    @Option(names = "--runs", defaultValue = "5", description = "冷启动次数（取中位数；0 = 不测冷启动），默认 ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--warm-rounds", defaultValue = "20", description = "热检查轮数（每轮检查全部文件），默认 ${DEFAULT-VALUE}")
    int warmRounds;

    @Option(names = "--launcher", defaultValue = "${sys:nblint.launcher:-./nblint}",
            description = "启动脚本，默认 ${DEFAULT-VALUE}")
    String launcher;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = files.isEmpty() ? defaultSeeds() : files;
        if (inputs.isEmpty()) {
            err.println("nblint: 没有找到样例报告（fixtures/seeds/*.txt 或 ../shared/seeds/*.txt），请给出文件");
            return Main.USAGE_OR_RULES;
        }
        out.printf("nblint bench：%d 份报告，规则目录 %s，Java %s，%d 核%n", inputs.size(), rulesDir,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        out.flush();

        // Rule build in this JVM: the first compile is as cold as a user's first run gets in-process.
        RuleSet compiled;
        try {
            compiled = new RuleSetLoader().load(rulesDir);
        } catch (RuleSetException e) {
            err.println("nblint: 规则集错误：" + e.getMessage());
            return Main.USAGE_OR_RULES;
        }
        Path cacheDir = Files.createTempDirectory("nblint-bench-cache");
        RuleSetCache cache = new RuleSetCache(cacheDir);
        cache.load(rulesDir); // writes the entry
        long cacheLoad = cache.load(rulesDir).buildMillis();
        out.printf("规则构建（本 JVM）：%d 条 DRL 规则，编译 %d ms，读缓存 %d ms%n", compiled.rules().size(),
                compiled.buildMillis(), cacheLoad);
        out.flush();

        // Warm: one pipeline, every file many times; per-report median of the later half.
        ReportCheck check = ReportCheck.standard(compiled);
        List<Long> perReport = new ArrayList<>();
        long measuredNanos = 0;
        long cpuAtHalf = 0;
        long[] stageMillis = new long[3];
        for (int round = 0; round < warmRounds; round++) {
            if (round == warmRounds / 2) cpuAtHalf = processCpuNanos();
            for (Path f : inputs) {
                long t0 = System.nanoTime();
                try {
                    CheckResult r = check.check(f);
                    if (round >= warmRounds / 2) {
                        long t = System.nanoTime() - t0;
                        perReport.add(t);
                        measuredNanos += t;
                        stageMillis[0] += r.timings().readMillis();
                        stageMillis[1] += r.timings().parseMillis();
                        stageMillis[2] += r.timings().checkMillis();
                    }
                } catch (UnreadableReportException e) {
                    err.println("nblint: " + e.getSource() + ": " + e.getReason());
                    return Main.UNREADABLE_INPUT;
                }
            }
        }
        // Process CPU (all threads: JIT and GC included) is the steadier figure on a shared machine.
        double cpuPerReport = (processCpuNanos() - cpuAtHalf) / 1e6 / perReport.size();
        out.printf("热检查（同一 JVM，%d 轮后半程）：每份报告中位数 %.1f ms，吞吐 %.1f 份/秒，进程 CPU 每份 %.1f ms"
                        + "（读取 %d ms，解析 %d ms，规则 %d ms 合计）%n",
                warmRounds, median(perReport) / 1e6, perReport.size() / (measuredNanos / 1e9), cpuPerReport,
                stageMillis[0], stageMillis[1], stageMillis[2]);
        out.flush();

        // Cold: fresh JVMs through the launcher, cache warm (normal use) and disabled (first run).
        if (runs <= 0) return Main.CLEAN;
        String file = inputs.get(0).toString();
        double cached = cold(List.of(launcher, "check", "--rules", rulesDir.toString(), "--fail-on", "never", file), err);
        double uncached = cold(List.of(launcher, "check", "--no-cache", "--rules", rulesDir.toString(), "--fail-on", "never", file), err);
        out.printf("冷启动单文件检查（新 JVM，经 %s，%d 次中位数）：有规则缓存 %.0f ms，无缓存（重新编译）%.0f ms%n",
                launcher, runs, cached, uncached);
        out.flush();
        return Main.CLEAN;
    }

    private double cold(List<String> command, PrintWriter err) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            long t = System.nanoTime() - t0;
            if (code > 1) err.println("nblint: 冷启动运行退出码 " + code + "：" + String.join(" ", command));
            if (i > 0) times.add(t); // the first run fills the page cache (and the rules cache)
        }
        return median(times) / 1e6;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static double median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    static List<Path> defaultSeeds() throws IOException {
        for (String dir : List.of("fixtures/seeds", "../shared/seeds")) {
            Path d = Path.of(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    List<Path> seeds = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
                    if (!seeds.isEmpty()) return seeds;
                }
            }
        }
        return List.of();
    }
}

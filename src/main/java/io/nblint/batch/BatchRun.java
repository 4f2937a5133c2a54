package io.nblint.batch;

import io.nblint.check.Checker;
import io.nblint.check.Finding;
import io.nblint.check.RuleSet;
import io.nblint.context.AgencyName;
import io.nblint.context.ContextFacts;
import io.nblint.context.Manifest;
import io.nblint.context.ManifestEntry;
import io.nblint.context.PriorSummary;
import io.nblint.facts.ReportFacts;
import io.nblint.read.UnreadableReportException;
import io.nblint.render.CheckedReport;
import io.nblint.render.CsvWriter;
import io.nblint.render.FindingsCsv;
import io.nblint.render.FindingsHtml;
import io.nblint.render.ReportJson;
import io.nblint.render.ResultWorkbook;
import io.nblint.render.Scoreboard;
import io.nblint.render.ScoreboardCsv;
import io.nblint.render.ScoreboardHtml;
import io.nblint.render.ScoreboardJson;
import io.nblint.render.ScoreboardRow;
import io.nblint.score.Score;
import io.nblint.score.Scorer;
import io.nblint.score.ScoringConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks many reports and writes the scoreboard and findings lists.
 * <p>
 * Two passes over the files, both on all cores. The first parses every report and keeps only a
 * small {@link PriorSummary} (tables 二/三, sentence hashes) keyed by agency and year, so the second
 * can give each report its agency's previous-year report for the cross-year rules. The second
 * parses again, checks, scores and writes that report's findings list at once; only the
 * scoreboard rows stay in memory. One bad file never stops the batch: it gets a row with its reason.
 */
public class BatchRun {
    private final ReportAnalyzer analyzer;
    private final Checker checker;
    private final Scorer scorer;
    private final Manifest manifest;
    private final Progress progress;
    private final int threads;

    public BatchRun(ReportAnalyzer analyzer, RuleSet rules, ScoringConfig scoring, Manifest manifest, Progress progress, int threads) {
        this.analyzer = analyzer;
        this.checker = new Checker(rules);
        this.scorer = new Scorer(scoring);
        this.manifest = manifest;
        this.progress = progress;
        this.threads = Math.max(1, threads);
    }

    /** What a batch produced. */
    public record Result(int files, int checked, int unchecked, Path out, String ruleSetVersion, long millis) {
    }

    public Result run(List<ReportInput> inputs, Path out) throws IOException {
        long start = System.nanoTime();
        Path reportsDir = out.resolve("reports");
        Files.createDirectories(reportsDir);
        ScoringConfig config = scorer.config();
        String version = checker.ruleSet().version();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Pass 1: index by agency and year.
            Map<String, PriorSummary> byAgencyYear = new ConcurrentHashMap<>();
            Map<String, String> unreadable = new ConcurrentHashMap<>();
            progress.start("读取", inputs.size());
            List<Future<?>> index = new ArrayList<>();
            for (ReportInput in : inputs) {
                index.add(pool.submit(() -> {
                    try {
                        ReportFacts facts = analyze(in);
                        ManifestEntry entry = manifest.find(in.name());
                        String agency = agency(facts, entry);
                        Integer year = facts.report().getYear();
                        if (agency != null && year != null) {
                            byAgencyYear.putIfAbsent(key(agency, year),
                                    PriorSummary.of(facts, agency, year, in.name(), config.minSentenceChars()));
                        }
                        progress.done(in.name(), true);
                    } catch (Failure f) {
                        unreadable.put(in.name(), f.getMessage());
                        progress.done(in.name(), false);
                    }
                }));
            }
            await(index);
            progress.finish();

            // Pass 2: check, score, write each report's lists as it finishes.
            List<ScoreboardRow> rows = java.util.Collections.synchronizedList(new ArrayList<>());
            try (OutputStream combinedOut = Files.newOutputStream(out.resolve("findings.csv"));
                 CsvWriter combined = new CsvWriter(combinedOut);
                 ResultWorkbook workbook = new ResultWorkbook()) {
                FindingsCsv.header(combined);
                progress.start("检查", inputs.size());
                List<Future<?>> checks = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    ReportInput in = inputs.get(i);
                    int number = i + 1;
                    checks.add(pool.submit(() -> {
                        String reason = unreadable.get(in.name());
                        if (reason == null) {
                            try {
                                CheckedReport r = check(in, byAgencyYear, config, version);
                                String base = outputName(number, r);
                                writeReport(reportsDir, base, r);
                                FindingsCsv.rows(combined, r);
                                workbook.addFindings(r);
                                rows.add(ScoreboardRow.of(r, base));
                                progress.done(in.name(), true);
                                return;
                            } catch (Failure f) {
                                reason = f.getMessage();
                            } catch (IOException e) {
                                reason = "写出结果失败（" + e.getMessage() + "）";
                            }
                        }
                        rows.add(ScoreboardRow.failed(in.name(), reason));
                        progress.done(in.name(), false);
                        return;
                    }));
                }
                await(checks);
                progress.finish();

                Scoreboard board = new Scoreboard(rows);
                combined.flush();
                try (OutputStream o = Files.newOutputStream(out.resolve("scoreboard.xlsx"))) {
                    workbook.write(board, o);
                }
                try (OutputStream o = Files.newOutputStream(out.resolve("scoreboard.csv"))) {
                    ScoreboardCsv.write(board, o);
                }
                try (OutputStream o = Files.newOutputStream(out.resolve("scoreboard.json"))) {
                    ScoreboardJson.write(board, version, o);
                }
                try (OutputStream o = Files.newOutputStream(out.resolve("scoreboard.html"))) {
                    ScoreboardHtml.write(board, version, o);
                }
                try (OutputStream o = Files.newOutputStream(out.resolve("errors.csv"))) {
                    ScoreboardCsv.writeErrors(board, o);
                }
                int unchecked = board.unchecked().size();
                return new Result(inputs.size(), inputs.size() - unchecked, unchecked, out, version,
                        (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private CheckedReport check(ReportInput in, Map<String, PriorSummary> byAgencyYear, ScoringConfig config, String version)
            throws Failure {
        ReportFacts facts = analyze(in);
        ManifestEntry entry = manifest.find(in.name());
        String agency = agency(facts, entry);
        Integer year = facts.report().getYear();
        PriorSummary prior = agency == null || year == null ? null : byAgencyYear.get(key(agency, year - 1));
        List<Object> context = ContextFacts.of(facts, entry, prior, config.deadlines(), config.duplicateShare(),
                config.minSentenceChars());
        try {
            List<Finding> findings = checker.check(facts, context);
            Score score = scorer.score(findings, version);
            return new CheckedReport(in.name(), agency, year, facts, findings, score);
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure("规则执行出错（" + e + "）");
        }
    }

    private ReportFacts analyze(ReportInput in) throws Failure {
        try {
            return analyzer.analyze(in.name(), in.read());
        } catch (UnreadableReportException e) {
            throw new Failure(e.getReason());
        } catch (IOException e) {
            throw new Failure(e.getMessage() == null ? "无法读取文件" : e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on one odd file must not stop the other thousand.
            throw new Failure("解析出错（" + e + "）");
        }
    }

    private static String agency(ReportFacts facts, ManifestEntry entry) {
        return AgencyName.resolve(facts.report().getAgency(), facts.report().getTitle(), entry == null ? null : entry.agency());
    }

    private static String key(String agency, int year) {
        return AgencyName.key(agency) + "|" + year;
    }

    private static void writeReport(Path dir, String base, CheckedReport r) throws IOException {
        try (OutputStream o = Files.newOutputStream(dir.resolve(base + ".json"))) {
            ReportJson.write(r, o);
        }
        try (OutputStream o = Files.newOutputStream(dir.resolve(base + ".csv")); CsvWriter csv = new CsvWriter(o)) {
            FindingsCsv.header(csv);
            FindingsCsv.rows(csv, r);
        }
        try (OutputStream o = Files.newOutputStream(dir.resolve(base + ".html"))) {
            FindingsHtml.write(r, o);
        }
    }

    /**
     * "0007-中卫市司法局-2024": the batch position keeps names unique, the agency and year make them
     * readable; only letters, digits and CJK survive, so no entry name can steer where a file goes.
     */
    static String outputName(int number, CheckedReport r) {
        String label = r.agency() != null ? r.agency() + (r.year() != null ? "-" + r.year() : "") : r.file();
        String safe = Normalizer.normalize(label, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}-]+", "_");
        safe = safe.replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (safe.length() > 60) safe = safe.substring(0, 60);
        return String.format("%04d-%s", number, safe.isEmpty() ? "report" : safe);
    }

    private static void await(List<Future<?>> futures) throws IOException {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("批量检查被中断");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
                throw new IOException("批量检查出错（" + e.getCause() + "）", e.getCause());
            }
        }
    }

    /** Why one file could not be checked; becomes its scoreboard row. */
    private static final class Failure extends Exception {
        Failure(String reason) {
            super(reason);
        }
    }
}

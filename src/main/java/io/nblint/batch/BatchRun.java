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
import io.nblint.parse.ReportIdentity;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks many reports and writes the scoreboard and findings lists.
 * <p>
 * Two passes over the files, both on all cores. The first reads only each report's title (the first
 * pages of a PDF) to learn its agency and year. The second reads and parses each report once, year by
 * year from the earliest, so that a report's previous year has always been checked before it: that
 * previous report left a small {@link PriorSummary} (tables 二/三, sentence hashes) for the cross-year
 * rules, kept only when pass 1 saw the next year coming. Each report is checked, scored and its
 * findings list written at once; only the scoreboard rows stay in memory. One bad file never stops
 * the batch: it gets a row with its reason.
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
            // Pass 1: each report's agency and year, from its title only.
            Map<String, String> unreadable = new ConcurrentHashMap<>();
            String[] identities = new String[inputs.size()];
            Integer[] years = new Integer[inputs.size()];
            progress.start("识别", inputs.size());
            List<Future<?>> index = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                ReportInput in = inputs.get(i);
                int at = i;
                index.add(pool.submit(() -> {
                    try {
                        ReportIdentity id = identify(in);
                        String agency = AgencyName.resolve(id.agency(), id.title(), agencyInManifest(in));
                        years[at] = id.year();
                        if (agency != null && id.year() != null) identities[at] = key(agency, id.year());
                        progress.done(in.name(), true);
                    } catch (Failure f) {
                        unreadable.put(in.name(), f.getMessage());
                        progress.done(in.name(), false);
                    }
                }));
            }
            await(index);
            progress.finish();
            Set<String> present = new HashSet<>(Arrays.asList(identities));

            // Pass 2, one year after another: every report of year Y-1 is checked, and its cross-year
            // summary kept, before any report of year Y is. Each report is read and parsed once here.
            Map<String, PriorSummary> priors = new ConcurrentHashMap<>();
            List<ScoreboardRow> rows = java.util.Collections.synchronizedList(new ArrayList<>());
            try (OutputStream combinedOut = Files.newOutputStream(out.resolve("findings.csv"));
                 CsvWriter combined = new CsvWriter(combinedOut);
                 ResultWorkbook workbook = new ResultWorkbook()) {
                FindingsCsv.header(combined);
                progress.start("检查", inputs.size());
                for (List<Integer> group : byYear(years)) {
                    List<Future<?>> checks = new ArrayList<>();
                    for (int i : group) {
                        ReportInput in = inputs.get(i);
                        int number = i + 1;
                        String identity = identities[i];
                        checks.add(pool.submit(() -> {
                            String reason = unreadable.get(in.name());
                            if (reason == null) {
                                try {
                                    CheckedReport r = check(in, identity, present, priors, config, version);
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
                        }));
                    }
                    await(checks);
                }
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

    /**
     * @param identity the agency-year key pass 1 found, or null
     * @param present  every key pass 1 found: a report's summary is kept only when its next year is coming
     */
    private CheckedReport check(ReportInput in, String identity, Set<String> present, Map<String, PriorSummary> priors,
                                ScoringConfig config, String version) throws Failure {
        ReportFacts facts = analyze(in);
        ManifestEntry entry = manifest.find(in.name());
        String agency = agency(facts, entry);
        Integer year = facts.report().getYear();
        PriorSummary prior = agency == null || year == null ? null : priors.get(key(agency, year - 1));
        if (agency != null && year != null) {
            String own = key(agency, year);
            // A PDF's head can name the report differently from the whole: then keep it to be safe.
            if (present.contains(key(agency, year + 1)) || !own.equals(identity)) {
                priors.putIfAbsent(own, PriorSummary.of(facts, agency, year, in.name(), config.minSentenceChars()));
            }
        }
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

    /** Input positions grouped by the year pass 1 found, earliest first; reports without a year come first. */
    static List<List<Integer>> byYear(Integer[] years) {
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < years.length; i++) {
            groups.computeIfAbsent(years[i] == null ? Integer.MIN_VALUE : years[i], y -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    private ReportIdentity identify(ReportInput in) throws Failure {
        try {
            return analyzer.identify(in.name(), in.read());
        } catch (UnreadableReportException e) {
            throw new Failure(e.getReason());
        } catch (IOException e) {
            throw new Failure(e.getMessage() == null ? "无法读取文件" : e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure("解析出错（" + e + "）");
        }
    }

    private String agencyInManifest(ReportInput in) {
        ManifestEntry entry = manifest.find(in.name());
        return entry == null ? null : entry.agency();
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

package io.nblint.check;

import io.nblint.context.ContextFacts;
import io.nblint.facts.DeadlineCalendar;
import io.nblint.facts.ReportFacts;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReaders;
import io.nblint.read.UnreadableReportException;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The whole pipeline for one report file: read (bytes → lines and cells) → parse (→ facts) →
 * check (rules → findings). Adapters (command line, web service) call this and only render.
 * Thread-safe when the parser is: one instance serves a whole batch with the rule set compiled once.
 */
public class ReportCheck {
    private final ReportReaders readers;
    private final Function<ReadDocument, ReportFacts> parser;
    private final Checker checker;
    private final Function<ReportFacts, List<Object>> context;

    public ReportCheck(ReportReaders readers, Function<ReadDocument, ReportFacts> parser, Checker checker) {
        this(readers, parser, checker, facts -> List.of());
    }

    /**
     * @param context facts that come from outside the report (deadline calendar, publication record),
     *                inserted beside the report's own facts
     */
    public ReportCheck(ReportReaders readers, Function<ReadDocument, ReportFacts> parser, Checker checker,
                       Function<ReportFacts, List<Object>> context) {
        this.readers = readers;
        this.parser = parser;
        this.checker = checker;
        this.context = context;
    }

    /**
     * The standard readers (all formats) and parser over {@code ruleSet}, with the deadlines of the
     * rule directory's scoring.yaml (national deadlines when the directory has none).
     *
     * @throws IllegalArgumentException when scoring.yaml exists but is malformed (message in Chinese)
     */
    public static ReportCheck standard(RuleSet ruleSet) {
        DeadlineCalendar deadlines = StandardParts.deadlines(ruleSet.directory());
        return new ReportCheck(StandardParts.readers(), StandardParts.parser(), new Checker(ruleSet),
                facts -> ContextFacts.of(facts, deadlines));
    }

    public RuleSet ruleSet() {
        return checker.ruleSet();
    }

    /** Reads, parses and checks one file. */
    public CheckResult check(Path file) throws UnreadableReportException {
        long t0 = System.nanoTime();
        ReadDocument doc = readers.read(file);
        return afterRead(doc, System.nanoTime() - t0);
    }

    /** Reads, parses and checks one uploaded file. */
    public CheckResult check(String name, byte[] bytes) throws UnreadableReportException {
        long t0 = System.nanoTime();
        ReadDocument doc = readers.read(name, bytes);
        return afterRead(doc, System.nanoTime() - t0);
    }

    /** Checks facts built elsewhere (tests, tools): no reading or parsing. */
    public CheckResult check(String source, ReportFacts facts) {
        long t0 = System.nanoTime();
        List<Finding> findings = checker.check(facts, context.apply(facts));
        return new CheckResult(source, null, facts, findings, ruleSet().version(),
                new CheckResult.Timings(0, 0, millis(System.nanoTime() - t0)));
    }

    private CheckResult afterRead(ReadDocument doc, long readNanos) throws UnreadableReportException {
        long t1 = System.nanoTime();
        ReportFacts facts;
        try {
            facts = parser.apply(doc);
        } catch (RuntimeException e) {
            // A parser bug on an odd report must name the file and let the rest of a batch go on.
            throw new UnreadableReportException(doc.source(), "解析失败（" + e + "）", e);
        }
        long t2 = System.nanoTime();
        List<Finding> findings = checker.check(facts, context.apply(facts));
        long t3 = System.nanoTime();
        return new CheckResult(doc.source(), doc.format(), facts, findings, ruleSet().version(),
                new CheckResult.Timings(millis(readNanos), millis(t2 - t1), millis(t3 - t2)));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}

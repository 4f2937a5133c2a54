package io.nblint.cli;

import io.nblint.accuracy.CellAccuracy;
import io.nblint.accuracy.ExpectedCells;
import io.nblint.facts.ReportFacts;
import io.nblint.parse.ReportParser;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReaders;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code nblint accuracy}: the share of table cells parsed exactly, per format, against values typed by
 * hand from the reports. Reads and parses only (no rules): it measures the readers and table parsers.
 */
@Command(name = "accuracy", description = "解析准确率：按格式统计表格单元格与人工录入值完全一致的比例")
public class AccuracyCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "EXPECTED.json",
            description = "人工录入的期望值文件；默认 fixtures/formats/*/expected-cells*.json 及 ../shared/corpus/*.expected.json")
    List<Path> expectedFiles = new ArrayList<>();

    @Option(names = "--details", description = "列出每个未正确解析的单元格")
    boolean details;

    @Spec
    CommandSpec spec;

    /** Cells right and typed, per format group. */
    private record Tally(int exact, int expected) {
        Tally plus(CellAccuracy a) { return new Tally(exact + a.exact(), expected + a.expected()); }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = expectedFiles.isEmpty() ? defaults() : expectedFiles;
        if (inputs.isEmpty()) {
            err.println("nblint: 没有找到期望值文件（fixtures/formats/*/expected-cells*.json），请给出文件");
            return Main.USAGE_OR_RULES;
        }
        ReportReaders readers = ReportReaders.standard();
        ReportParser parser = ReportParser.standard();
        Map<String, Tally> byFormat = new TreeMap<>();
        boolean unreadable = false;
        for (Path json : inputs) {
            ExpectedCells want;
            try {
                want = ExpectedCells.load(json);
            } catch (IllegalArgumentException e) {
                err.println("nblint: " + e.getMessage());
                return Main.USAGE_OR_RULES;
            }
            for (Path file : want.files()) {
                ReadDocument doc;
                try {
                    doc = readers.read(file);
                } catch (UnreadableReportException e) {
                    err.println("nblint: " + e.getMessage());
                    unreadable = true;
                    continue;
                }
                ReportFacts facts = parser.parse(doc);
                CellAccuracy a = CellAccuracy.of(want, facts);
                String group = group(doc.format(), file);
                byFormat.merge(group, new Tally(0, 0).plus(a), (x, y) -> new Tally(x.exact() + y.exact(), x.expected() + y.expected()));
                out.printf(Locale.ROOT, "%-16s %4d/%-4d %6.1f%%  %s%n", group, a.exact(), a.expected(), 100 * a.share(), file);
                if (details) a.wrong().forEach(w -> out.println("    " + w));
            }
        }
        out.println();
        out.println("按格式汇总（单元格完全一致 / 人工录入单元格）：");
        byFormat.forEach((format, t) -> out.printf(Locale.ROOT, "%-16s %5d/%-5d %6.1f%%%n", format, t.exact(), t.expected(),
                t.expected() == 0 ? 0.0 : 100.0 * t.exact() / t.expected()));
        out.flush();
        return unreadable ? Main.UNREADABLE_INPUT : Main.CLEAN;
    }

    /** "pdf", or "pdf (borderless)" for a variant fixture named report-borderless.pdf. */
    static String group(String format, Path file) {
        String name = file.getFileName().toString();
        if (name.matches("report-[\\w-]+\\.\\w+")) {
            return format + " (" + name.substring("report-".length(), name.lastIndexOf('.')) + ")";
        }
        return format;
    }

    private static List<Path> defaults() throws IOException {
        List<Path> out = new ArrayList<>();
        Path formats = Path.of("fixtures", "formats");
        if (Files.isDirectory(formats)) {
            try (Stream<Path> s = Files.walk(formats, 2)) {
                s.filter(p -> p.getFileName().toString().matches("expected-cells.*\\.json")).sorted().forEach(out::add);
            }
        }
        Path corpus = Path.of("..", "shared", "corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}

package io.nblint.cli;

import io.nblint.accuracy.CellAccuracy;
import io.nblint.accuracy.ExpectedCells;
import io.nblint.parse.ReportParser;
import io.nblint.read.ReportReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code nblint accuracy}: hand-typed expected cells against what the readers and parser make of each format. */
class AccuracyCommandTest {
    private static final Path SEED_001 = Path.of("fixtures", "formats", "001_66bd8bba5bd9b9c1", "expected-cells.json");

    @Test
    void fixtureLayoutHasEveryCellOfTheThreeTables() {
        ExpectedCells want = ExpectedCells.load(SEED_001);
        assertEquals(10 + 175 + 15, want.cells().size(), "表二 10 cells in the 2021 template, 表三 175, 表四 15");
        assertEquals(0, new BigDecimal("5").compareTo(want.cells().get(ExpectedCells.key("表二", "normative", "valid")).value()));
        assertEquals(5, want.files().size(), "TXT, HTML, DOCX, PDF and the borderless PDF");
        assertTrue(Files.isRegularFile(want.files().get(0)), want.files().get(0).toString());
    }

    @Test
    void corpusLayoutMapsPrintedLabelsToCanonicalKeys() {
        Path json = Path.of("..", "shared", "corpus", "huaian-city-2024.expected.json");
        assumeTrue(Files.isRegularFile(json), "corpus not present");
        ExpectedCells want = ExpectedCells.load(json);
        assertEquals(200, want.cells().size());
        // Typed from the corpus PDF: 本年新收 自然人 3001, 总计 3119; 行政事业性收费 96171.6 万元; 表四 first cell 72.
        assertEquals(0, new BigDecimal("3001").compareTo(want.cells().get("表三 R1/natural").value()));
        assertEquals(0, new BigDecimal("3119").compareTo(want.cells().get("表三 R1/total").value()));
        assertEquals(0, new BigDecimal("96171.6").compareTo(want.cells().get("表二 fee/amount").value()));
        assertEquals(0, new BigDecimal("72").compareTo(want.cells().get("表四 review/upheld").value()));
        assertEquals("huaian-city-2024.pdf", want.files().get(0).getFileName().toString());
    }

    @Test
    void aChangedCellCountsAsWrong(@TempDir Path dir) throws Exception {
        ExpectedCells want = ExpectedCells.load(SEED_001);
        Path seed = Path.of("fixtures", "seeds", "001_66bd8bba5bd9b9c1.txt");
        var parser = ReportParser.standard();
        CellAccuracy right = CellAccuracy.of(want, parser.parse(ReportReaders.standard().read(seed)));
        assertEquals(200, right.exact(), right.wrong().toString());

        // 行政规范性文件 现行有效 5 → 6: one cell off.
        String text = Files.readString(seed, StandardCharsets.UTF_8).replace("行政规范性文件\t1\t0\t5", "行政规范性文件\t1\t0\t6");
        Path changed = dir.resolve("changed.txt");
        Files.writeString(changed, text, StandardCharsets.UTF_8);
        CellAccuracy off = CellAccuracy.of(want, parser.parse(ReportReaders.standard().read(changed)));
        assertEquals(199, off.exact());
        assertEquals(1, off.wrong().size());
        assertTrue(off.wrong().get(0).startsWith("表二 normative/valid 应为 5"), off.wrong().get(0));
    }

    @Test
    void commandPrintsOneLinePerFileAndASummaryPerFormat() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "accuracy", SEED_001.toString());
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("按格式汇总"), text);
        assertTrue(text.matches("(?s).*\\ntxt +200/200 +100\\.0%\\n.*"), text);
        assertTrue(text.matches("(?s).*\\npdf +200/200 +100\\.0%\\n.*"), text);
        assertTrue(text.contains("pdf (borderless)"), text);
    }

    @Test
    void badExpectedFileIsNamedInOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("expected-cells.json");
        Files.writeString(bad, "{\"files\": [], \"table3\": {\"R1\": [1, 2]}}");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "accuracy", bad.toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("nblint: " + bad + ": 表三「R1」应有 7 个值"), err.toString());
    }
}

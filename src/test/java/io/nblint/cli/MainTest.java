package io.nblint.cli;

import io.nblint.check.Checker;
import io.nblint.check.ReportCheck;
import io.nblint.check.SampleFacts;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReader;
import io.nblint.read.ReportReaders;
import io.nblint.read.TextLine;
import io.nblint.read.UnreadableReportException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exit codes and error lines of {@code nblint check} and {@code nblint rules}. The reader and parser
 * are stand-ins (a plain-text reader, hand-built facts), so these tests are about the command line.
 */
class MainTest {
    static final String RULES = "src/test/resources/rules-sample";

    @TempDir
    static Path cacheDir;

    /** Reads UTF-8 text without NUL bytes; a report mentioning "CLEAN" parses to consistent facts. */
    static final ReportReader TEXT = new ReportReader() {
        public String format() { return "txt"; }

        public boolean accepts(byte[] head, String fileName) {
            for (byte b : head) if (b == 0) return false;
            return true;
        }

        public ReadDocument read(String source, byte[] bytes) {
            List<TextLine> lines = new ArrayList<>();
            String[] text = new String(bytes, StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < text.length; i++) lines.add(TextLine.paragraph(i + 1, null, text[i]));
            return new ReadDocument(source, "txt", "UTF-8", lines);
        }
    };

    @BeforeAll
    static void standIns() {
        System.setProperty("nblint.cache", cacheDir.toString());
        CheckCommand.pipeline = rs -> new ReportCheck(new ReportReaders(List.of(TEXT)),
                doc -> doc.lines().stream().anyMatch(l -> l.text().contains("CLEAN"))
                        ? SampleFacts.clean(doc.source()) : SampleFacts.withWrongTotal(doc.source()),
                new Checker(rs));
    }

    @AfterAll
    static void restore() {
        CheckCommand.pipeline = ReportCheck::standard;
        System.clearProperty("nblint.cache");
    }

    record Run(int code, String out, String err) {
        List<String> errLines() { return err.lines().toList(); }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reportWithAnErrorExitsOne(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "隆德县司法局2023年政府信息公开工作年度报告\n");
        Run r = run("check", "--rules", RULES, report.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("T3-05"), r.out());
        assertTrue(r.out().contains("无法核对"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void failOnDecidesWhatCounts(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "报告\n");
        Path clean = Files.writeString(dir.resolve("clean.txt"), "CLEAN 报告\n");
        assertEquals(0, run("check", "--rules", RULES, "--fail-on", "never", bad.toString()).code());
        assertEquals(0, run("check", "--rules", RULES, clean.toString()).code());
        assertEquals(0, run("check", "--rules", RULES, "--fail-on", "warning", clean.toString()).code());
    }

    @Test
    void missingEmptyAndBinaryFilesExitThreeWithOneLineEachAndTheRestIsChecked(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("不存在.txt");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        Path good = Files.writeString(dir.resolve("good.txt"), "CLEAN 报告\n");

        Run r = run("check", "--rules", RULES, missing.toString(), empty.toString(), binary.toString(), good.toString());

        assertEquals(3, r.code(), r.err());
        List<String> lines = r.errLines();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("nblint: " + missing + ": "), lines.get(0));
        assertTrue(lines.get(0).contains("不存在"), lines.get(0));
        assertTrue(lines.get(1).startsWith("nblint: " + empty + ": ") && lines.get(1).contains("空"), lines.get(1));
        assertTrue(lines.get(2).startsWith("nblint: " + binary + ": "), lines.get(2));
        assertTrue(r.out().contains("good.txt"), "the readable file is still checked: " + r.out());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void ruleSyntaxErrorExitsTwoNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), String.join("\n",
                "package io.nblint.rules.broken",
                "import io.nblint.facts.Report",
                "global io.nblint.check.FindingSink findings",
                "",
                "rule \"坏规则\"",
                "    @id(\"X-01\") @severity(\"ERROR\") @basis(\"测试\")",
                "when",
                "    $r : Report(year == )",
                "then",
                "    findings.report(kcontext, $r, \"x\");",
                "end", ""));
        Path report = Files.writeString(dir.resolve("r.txt"), "报告\n");

        Run r = run("check", "--rules", rules.toString(), report.toString());

        assertEquals(2, r.code());
        assertTrue(r.err().contains("规则"), r.err());
        assertTrue(r.err().matches("(?s).*broken\\.drl:8\\b.*"), "file:line of the error: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingRulesDirectoryAndBadOptionsExitTwo(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("r.txt"), "报告\n");
        Run missing = run("check", "--rules", dir.resolve("nope").toString(), report.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("规则目录不存在"), missing.err());
        assertEquals(2, run("check", "--format", "xml", report.toString()).code());
        assertEquals(2, run("check").code());
    }

    @Test
    void jsonFormatIsParseable(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("r.txt"), "报告\n");
        Run r = run("check", "--rules", RULES, "--format", "json", report.toString());
        assertEquals(1, r.code());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals("T3-05", root.get("reports").get(0).get("findings").get(0).get("ruleId").asText());
    }

    @Test
    void rulesListsEveryRuleOnce() {
        Run r = run("rules", "--rules", RULES);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("编号"), r.out());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("T3-05 ")).count(), r.out());
        assertTrue(r.out().contains("表三总计列") && r.out().contains("30号 表三") && r.out().contains("错误"), r.out());
        assertTrue(r.out().contains("R-02") && r.out().contains("提示"), r.out());
    }
}

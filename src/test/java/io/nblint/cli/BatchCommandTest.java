package io.nblint.cli;

import io.nblint.batch.ReportAnalyzer;
import io.nblint.context.ContextRulesTest;
import io.nblint.facts.OrganType;
import io.nblint.read.UnreadableReportException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch over hand-made inputs. Each test file holds "agency|year|R2 natural|R4 natural"; the
 * fake analyzer turns it into facts (the real parser is another helper's work), "BAD" is unreadable.
 */
class BatchCommandTest {
    private static final ReportAnalyzer FAKE = (name, bytes) -> {
        String text = new String(bytes, StandardCharsets.UTF_8).trim();
        if (!text.contains("|")) throw new UnreadableReportException(name, "不是可识别的报告格式");
        String[] f = text.split("\\|");
        int year = Integer.parseInt(f[1]);
        long r2 = Long.parseLong(f[2]);
        long r4 = Long.parseLong(f[3]);
        return ContextRulesTest.report(f[0], year, LocalDate.of(year + 1, 1, 15), OrganType.DEPARTMENT,
                new long[]{r2, 0, 0, 0, 0, 0, r2}, new long[]{r4, 0, 0, 0, 0, 0, r4}, 0, 0, 0,
                ContextRulesTest.prose(3, f[1]));
    };

    @AfterEach
    void restore() {
        BatchCommand.analyzer = io.nblint.batch.StandardAnalyzer::create;
    }

    private static int run(StringWriter out, String... args) {
        BatchCommand.analyzer = () -> FAKE;
        CommandLine cmd = new CommandLine(new BatchCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(out, true));
        return cmd.execute(args);
    }

    @Test
    void folderWithABadFileListsItAndGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        // 2023 carries 3 over, 2024 says it took over 1: T3-06 for natural and total
        Files.writeString(dir.resolve("in/a-2023.txt"), "中卫市司法局|2023|0|3");
        Files.writeString(in.resolve("b-2024.txt"), "中卫市 司法局|2024|1|0");
        Files.writeString(dir.resolve("in/broken.pdf"), "garbage");
        Path outDir = dir.resolve("out");
        StringWriter log = new StringWriter();
        int code = run(log, dir.resolve("in").toString(), "--out", outDir.toString(), "--threads", "2");
        assertEquals(3, code, log.toString());

        String board = Files.readString(outDir.resolve("scoreboard.csv"), StandardCharsets.UTF_8);
        assertTrue(board.contains("broken.pdf") && board.contains("不是可识别的报告格式"), board);
        String errors = Files.readString(outDir.resolve("errors.csv"), StandardCharsets.UTF_8);
        assertTrue(errors.contains("broken.pdf"), errors);
        assertFalse(errors.contains("a-2023.txt"));

        String combined = Files.readString(outDir.resolve("findings.csv"), StandardCharsets.UTF_8);
        assertEquals(2, combined.lines().filter(l -> l.contains("T3-06")).count(), combined);
        assertTrue(combined.lines().filter(l -> l.contains("T3-06")).allMatch(l -> l.contains("sub/b-2024.txt")));

        try (var files = Files.list(outDir.resolve("reports"))) {
            assertEquals(6, files.count()); // two reports × json, csv, html
        }
        assertTrue(Files.exists(outDir.resolve("reports/0002-中卫市司法局-2024.html"))
                || Files.exists(outDir.resolve("reports/0003-中卫市_司法局-2024.html")), "per-report HTML");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(outDir.resolve("scoreboard.xlsx")))) {
            assertEquals(3, wb.getSheet("成绩榜").getLastRowNum());
        }
        assertTrue(Files.readString(outDir.resolve("scoreboard.html")).contains("无法检查："));
    }

    @Test
    void zipSlipEntryIsRefusedAndNothingIsWrittenOutside(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("reports.zip");
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o, StandardCharsets.UTF_8)) {
            z.putNextEntry(new ZipEntry("../evil.txt"));
            z.write("甲局|2024|0|0".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("县/乙局2024.txt"));
            z.write("乙局|2024|0|0".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path outDir = dir.resolve("work/out");
        StringWriter log = new StringWriter();
        int code = run(log, zip.toString(), "--out", outDir.toString());
        assertEquals(3, code, log.toString());
        String errors = Files.readString(outDir.resolve("errors.csv"), StandardCharsets.UTF_8);
        assertTrue(errors.contains("../evil.txt") && errors.contains("路径穿越"), errors);
        assertFalse(Files.exists(dir.resolve("work/evil.txt")));
        assertFalse(Files.exists(dir.resolve("evil.txt.html")));
        String board = Files.readString(outDir.resolve("scoreboard.csv"), StandardCharsets.UTF_8);
        assertTrue(board.contains("县/乙局2024.txt"), board);
    }

    @Test
    void missingInputIsAUsageError(@TempDir Path dir) {
        StringWriter log = new StringWriter();
        assertEquals(2, run(log, dir.resolve("nope").toString()));
        assertTrue(log.toString().contains("不存在"));
    }
}

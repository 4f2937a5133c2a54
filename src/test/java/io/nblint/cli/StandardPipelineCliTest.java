package io.nblint.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code nblint check} with the real readers and parser: bad files are refused by the readers themselves. */
class StandardPipelineCliTest {
    @TempDir
    static Path cacheDir;

    @BeforeAll
    static void cache() {
        System.setProperty("nblint.cache", cacheDir.toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("nblint.cache");
    }

    @Test
    void unreadableFilesGetOneLineEachAndTheSeedIsStillChecked(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.pdf");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path binary = Files.write(dir.resolve("report.txt"), png);
        Path seed = Path.of("fixtures/seeds/000_8e4fae53c81d4e1a.txt");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "check", "--rules",
                MainTest.RULES, missing.toString(), empty.toString(), binary.toString(), seed.toString());

        assertEquals(3, code, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(3, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("nblint: " + missing + ": "), lines.get(0));
        assertTrue(lines.get(1).startsWith("nblint: " + empty + ": "), lines.get(1));
        assertTrue(lines.get(2).startsWith("nblint: " + binary + ": "), lines.get(2));
        // The seed's title reads 隆德县司法局 / 2023年政府信息公开工作年度报告.
        assertTrue(out.toString().contains("机关：隆德县司法局"), out.toString());
        assertTrue(out.toString().contains("年度：2023"), out.toString());
    }
}

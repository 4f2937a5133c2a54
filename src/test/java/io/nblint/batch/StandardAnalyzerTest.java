package io.nblint.batch;

import io.nblint.facts.ReportFacts;
import io.nblint.read.UnreadableReportException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files next to the reports in a batch folder (notes, scripts, expected results) are not scored as reports. */
class StandardAnalyzerTest {
    private final ReportAnalyzer analyzer = StandardAnalyzer.create();

    @Test
    void aNoteMentioningTableRowsIsNotAReport() throws Exception {
        // This note names 表三 rows ("四、结转下年度继续办理") but has no title, no parts and no numbers in cells.
        byte[] note = Files.readAllBytes(Path.of("fixtures/crossyear/README.md"));
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> analyzer.analyze("crossyear/README.md", note));
        assertTrue(e.getMessage().contains("不像政府信息公开工作年度报告"), e.getMessage());
    }

    @Test
    void aScriptIsNotAReport() {
        byte[] script = "import json\nprint('表三')\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(UnreadableReportException.class, () -> analyzer.analyze("x.py", script));
    }

    @Test
    void aSeedReportIsAReport() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/seeds/002_78e6df255e575ba0.txt"));
        ReportFacts facts = analyzer.analyze("seeds/002.txt", seed);
        assertEquals("中卫市司法局", facts.report().getAgency());
        assertEquals(2024, facts.report().getYear());
    }
}

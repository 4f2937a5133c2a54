package io.nblint.batch;

import io.nblint.facts.Report;
import io.nblint.facts.ReportFacts;
import io.nblint.parse.ReportIdentity;
import io.nblint.read.UnreadableReportException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    /**
     * Pass 1 of a batch orders the reports by what {@code identify} finds; it reads only the first pages
     * of a PDF, so it must find the title, agency and year the whole report gives, in every format.
     */
    @Test
    void identifyAgreesWithTheWholeReportInEveryFormat() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("fixtures/formats"))) {
            files = walk.filter(p -> p.getFileName().toString().startsWith("report.")).sorted().toList();
        }
        assertTrue(files.size() >= 20, files.toString());
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            Report whole = analyzer.analyze(f.toString(), bytes).report();
            ReportIdentity head = analyzer.identify(f.toString(), bytes);
            assertEquals(new ReportIdentity(whole.getTitle(), whole.getAgency(), whole.getYear()), head, f.toString());
            assertNotNull(head.year(), f.toString());
        }
    }

    @Test
    void theHeadOfAPdfIsItsFirstPages() throws Exception {
        // Seed 001's PDF runs over several pages; its head is fewer lines than the whole.
        byte[] pdf = Files.readAllBytes(Path.of("fixtures/formats/001_66bd8bba5bd9b9c1/report.pdf"));
        var readers = io.nblint.read.ReportReaders.standard();
        var whole = readers.read("001.pdf", pdf).lines();
        var head = readers.readHead("001.pdf", pdf).lines();
        assertTrue(head.size() < whole.size(), head.size() + " / " + whole.size());
        assertTrue(head.stream().allMatch(l -> l.page() <= 2));
        assertEquals(whole.get(0).text(), head.get(0).text());
    }
}

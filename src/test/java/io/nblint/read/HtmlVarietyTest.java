package io.nblint.read;

import io.nblint.facts.ReportFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The hand-made HTML fixtures (fixtures/variety/html/generate.py), one per way government sites
 * publish a report: each must give every table cell the value put into it.
 */
class HtmlVarietyTest {

    static ReadDocument read(String name) throws Exception {
        Path file = Path.of("fixtures", "variety", "html", name);
        return new HtmlReportReader().read(name, Files.readAllBytes(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"layout-table.html", "div-cells.html", "p-cells.html", "br-nbsp.html"})
    void everyCellReadsAsWritten(String name) throws Exception {
        ReportFacts facts = VarietyExpectations.parse(read(name));
        VarietyExpectations.assertTitle(facts);
        VarietyExpectations.assertAllTables(facts, name);
    }

    @Test
    void gbkPageWithoutMetaCharsetIsSniffedAndLayoutTableSkipped() throws Exception {
        ReadDocument doc = read("layout-table.html");
        assertEquals("GB18030", doc.charset());
        assertEquals("示例县变体局2023年政府信息公开工作年度报告", doc.lines().get(0).text());
        assertFalse(doc.lines().stream().anyMatch(l -> l.text().contains("网站标识码")), "footer cell is not report text");
        assertFalse(doc.lines().stream().anyMatch(l -> l.text().contains("当前位置")), "breadcrumb is not report text");
    }

    @Test
    void articleAmongNavigationLeavesSidebarReportsOut() throws Exception {
        ReadDocument doc = read("div-cells.html");
        assertFalse(doc.lines().stream().anyMatch(l -> l.text().contains("2022年政府信息公开工作年度报告")));
    }

    @Test
    void lineBreaksInsideCellsStayInsideTheCell() throws Exception {
        ReadDocument doc = read("br-nbsp.html");
        TextLine license = doc.lines().stream().filter(l -> l.isTableRow() && l.cells().get(0).text().equals("行政许可"))
                .findFirst().orElseThrow();
        assertEquals("1234\n件", license.cells().get(1).text());
    }
}

package io.nblint.read;

import io.nblint.facts.ReportFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-made DOCX fixtures (fixtures/variety/docx/generate.py), one per way Word writes a
 * report: each must give every table cell the value put into it.
 */
class DocxVarietyTest {

    static ReadDocument read(String name) throws Exception {
        Path file = Path.of("fixtures", "variety", "docx", name);
        return new DocxReportReader().read(name, Files.readAllBytes(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hmerge.docx", "textbox.docx", "sdt.docx", "tracked.docx", "nested.docx", "split.docx", "cells.docx"})
    void everyCellReadsAsWritten(String name) throws Exception {
        ReportFacts facts = VarietyExpectations.parse(read(name));
        VarietyExpectations.assertTitle(facts);
        VarietyExpectations.assertAllTables(facts, name);
    }

    @Test
    void legacyHorizontalMergeSpansTheGridColumnsItCovers() throws Exception {
        TextLine header = rowStartingWith(read("hmerge.docx"), "（本列数据");
        assertEquals(List.of(3, 7), header.cells().stream().map(Cell::span).toList());
        assertEquals(3, header.cells().get(1).column());
        TextLine license = rowStartingWith(read("hmerge.docx"), "行政许可");
        assertEquals(2, license.cells().size(), "continuation cells are not cells of their own");
    }

    @Test
    void textBoxIsReadOnceNotOnceMoreFromItsFallbackCopy() throws Exception {
        ReadDocument doc = read("textbox.docx");
        assertEquals(1, doc.lines().stream().filter(l -> l.text().startsWith("示例县变体局2023年")).count());
        assertEquals(1, doc.lines().stream().filter(l -> l.text().equals("四、政府信息公开行政复议、行政诉讼情况")).count());
        assertEquals(1, doc.lines().stream().filter(l -> l.text().startsWith("行政复议\t行政诉讼")).count());
    }

    @Test
    void trackedChangesKeepInsertedTextAndDropDeletedTextRowsAndHiddenText() throws Exception {
        ReadDocument doc = read("tracked.docx");
        assertEquals("12", rowStartingWith(doc, "一、本年新收").cells().get(1).text());
        assertEquals("16", rowStartingWith(doc, "一、本年新收").cells().get(7).text());
        assertEquals("56", rowStartingWith(doc, "行政处罚").cells().get(1).text());
        assertEquals(1, doc.lines().stream().filter(l -> l.text().startsWith("二、上年结转")).count(), "deleted row dropped");
    }

    @Test
    void layoutTableIsReadAsBlocksWithTheReportTablesInside() throws Exception {
        ReadDocument doc = read("nested.docx");
        assertTrue(doc.lines().stream().anyMatch(l -> !l.isTableRow() && l.text().equals("三、收到和处理政府信息公开申请情况")));
        assertEquals(8, rowStartingWith(doc, "一、本年新收").cells().size());
    }

    @Test
    void cellWithSeveralParagraphsKeepsThemAsLinesOfOneCell() throws Exception {
        ReadDocument doc = read("cells.docx");
        assertEquals("1,234\n件", rowStartingWith(doc, "行政许可").cells().get(1).text());
    }

    private static TextLine rowStartingWith(ReadDocument doc, String prefix) {
        return doc.lines().stream().filter(l -> l.isTableRow() && l.cells().get(0).text().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no row starting with " + prefix));
    }
}

package io.nblint.parse.table;

import io.nblint.facts.CellState;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.TableState;
import io.nblint.parse.TableReading;
import io.nblint.read.Cell;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReaders;
import io.nblint.read.TextLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.nblint.parse.table.TableAssertions.assertCell;
import static io.nblint.parse.table.TableAssertions.assertTable;
import static io.nblint.parse.table.TableAssertions.cell;
import static io.nblint.parse.table.TableAssertions.text;
import static io.nblint.parse.table.TableAssertions.zeros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticTablesTest {
    private static final String T3_HEADER = """
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况
            \t自然人\t法人或其他组织\t\t\t\t\t总计
            \t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t
            """;

    /** Rows of table 三 in the layout "label\tv1…\tv7" for every template row but R3.1. */
    private static String otherRows(String prefix) {
        String[] labels = {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "（三）不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
                "（四）无法提供 1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                "（五）不予处理 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息",
                "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
                "（七）总计", "四、结转下年度继续办理"};
        StringBuilder b = new StringBuilder();
        for (String l : labels) b.append(prefix).append(l).append("\t0\t0\t0\t0\t0\t0\t0\n");
        return b.toString();
    }

    @Test
    void blankTotalInOtherwiseFullRowIsPlacedByConsensus() throws Exception {
        ReadDocument doc = text(T3_HEADER + "（一）予以公开\t5\t0\t0\t0\t0\t0\t\n" + otherRows(""));
        var t3 = new Table3Parser().parse(doc.lines());
        assertEquals(TableState.READ, t3.table().getState(), t3.table().getProblems().toString());
        assertTable(t3, "R3.1: 5 0 0 0 0 0 _\n" + zeros("R1", "R2", "R3.2") + zeros(TableAssertions.RESULT_ROWS_2021) + zeros("R3.7", "R4"));
        assertEquals("", cell(t3, "R3.1", "total").getRaw());
    }

    @Test
    void blankBeforeValuesIsPlacedByConsensusOfRowsWithTheSameLayout() throws Exception {
        // Rows are "label\t\tv1…v7\t": a row whose first value is blank shows only six values.
        ReadDocument doc = text(T3_HEADER + "（一）予以公开\t\t\t3\t0\t0\t0\t0\t3\t\n" + otherRows("").replace("\t0\t0\t0\t0\t0\t0\t0\n", "\t\t0\t0\t0\t0\t0\t0\t0\t\n"));
        var t3 = new Table3Parser().parse(doc.lines());
        assertEquals(TableState.READ, t3.table().getState(), t3.table().getProblems().toString());
        assertTable(t3, "R3.1: _ 3 0 0 0 0 3\n" + zeros("R1", "R2", "R3.2") + zeros(TableAssertions.RESULT_ROWS_2021) + zeros("R3.7", "R4"));
    }

    @Test
    void ambiguousRowIsUnreadableNotGuessed() throws Exception {
        // Six values and no trailing cell: nothing says whether 自然人 or 总计 is the missing one.
        ReadDocument doc = text(T3_HEADER + "（一）予以公开\t5\t0\t0\t0\t0\t5\n" + otherRows(""));
        var t3 = new Table3Parser().parse(doc.lines());
        assertEquals(TableState.PARTIAL, t3.table().getState());
        for (var c : t3.cells()) {
            if (c.getRow().equals("R3.1")) assertCell(c, "?");
            else assertCell(c, "0");
        }
        assertEquals(1, t3.table().getProblems().size());
        assertTrue(t3.table().getProblems().get(0).contains("予以公开"));
    }

    @Test
    void fullWidthDigitsAndThousandsSeparators() throws Exception {
        ReadDocument doc = text(T3_HEADER + "（一）予以公开\t１２\t０\t1,200\t０\t０\t０\t1,212\n" + otherRows(""));
        var t3 = new Table3Parser().parse(doc.lines());
        assertTable(t3, "R3.1: 12 0 1200 0 0 0 1212\n" + zeros("R1", "R2", "R3.2") + zeros(TableAssertions.RESULT_ROWS_2021) + zeros("R3.7", "R4"));
        assertEquals("１２", cell(t3, "R3.1", "natural").getRaw());
    }

    @Test
    void spaceSeparatedValuesOnParagraphLines() throws Exception {
        String body = ("（一）予以公开\t0\t0\t0\t0\t0\t0\t0\n" + otherRows("")).replace('\t', ' ');
        ReadDocument doc = text(body.replace("一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0", "一、本年新收政府信息公开申请数量 3 0 0 0 0 1 4"));
        assertFalse(doc.lines().get(0).isTableRow());
        var t3 = new Table3Parser().parse(doc.lines());
        assertEquals(TableState.READ, t3.table().getState(), t3.table().getProblems().toString());
        assertEquals(new BigDecimal("3"), cell(t3, "R1", "natural").getValue());
        assertEquals(new BigDecimal("4"), cell(t3, "R1", "total").getValue());
        assertEquals(CellState.NUMBER, cell(t3, "R3.6.3", "total").getState());
    }

    @Test
    void streamLayoutOneValuePerLine() throws Exception {
        StringBuilder b = new StringBuilder("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n");
        b.append("规章\n0\n0\n0\n行政规范性文件\n2\n1\n9\n");
        b.append("行政许可\n15\n行政处罚\n3\n");
        b.append("- 2 -\n"); // page number between the pages of the table
        b.append("行政强制\n0\n行政事业性收费\n0.05\n");
        var t2 = new Table2Parser().parse(text(b.toString()).lines());
        assertEquals(TableState.READ, t2.table().getState(), t2.table().getProblems().toString());
        assertEquals(FormatVersion.V2021, t2.table().getFormat());
        assertTable(t2, """
                regulation: 0 0 0
                normative: 2 1 9
                license: 15
                penalty: 3
                coercion: 0
                fee: 0.05
                """);
        assertEquals(14, cell(t2, "normative", "valid").getLine());
    }

    @Test
    void tableSplitOverPagesWithRepeatedHeaderAndPageNumbers() throws Exception {
        String rows = otherRows("");
        int cut = rows.indexOf("（四）无法提供");
        String doc = T3_HEADER + "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n" + rows.substring(0, cut)
                + "\n第 3 页\n\n" + T3_HEADER + rows.substring(cut);
        var t3 = new Table3Parser().parse(text(doc).lines());
        assertEquals(TableState.READ, t3.table().getState(), t3.table().getProblems().toString());
        assertTable(t3, "R3.1: 1 0 0 0 0 0 1\n" + zeros("R1", "R2", "R3.2") + zeros(TableAssertions.RESULT_ROWS_2021) + zeros("R3.7", "R4"));
    }

    @Test
    void localSubtotalColumnIsSkipped() throws Exception {
        String header = """
                （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况
                \t自然人\t法人或其他组织\t\t\t\t\t\t总计
                \t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计\t
                """;
        String rows = otherRows("").replace("\t0\t0\t0\t0\t0\t0\t0\n", "\t0\t0\t0\t0\t0\t0\t0\t0\n");
        var t3 = new Table3Parser().parse(text(header + "（一）予以公开\t4\t1\t0\t0\t0\t2\t3\t7\n" + rows).lines());
        assertEquals(TableState.READ, t3.table().getState(), t3.table().getProblems().toString());
        assertTable(t3, "R3.1: 4 1 0 0 0 2 7\n" + zeros("R1", "R2", "R3.2") + zeros(TableAssertions.RESULT_ROWS_2021) + zeros("R3.7", "R4"));
    }

    @Test
    void format2019TablesFromFixture() throws Exception {
        ReadDocument doc = ReportReaders.standard().read(Path.of("fixtures/formats/format2019.txt"));
        var t2 = new Table2Parser().parse(doc.lines());
        assertEquals(FormatVersion.V2019, t2.table().getFormat());
        assertEquals(TableState.READ, t2.table().getState(), t2.table().getProblems().toString());
        assertTable(t2, """
                regulation: 0 0 0
                normative: 3 3 12
                license: 12 -8 1250
                other_service: 5 0 20
                penalty: 30 2 _
                coercion: 4 / 3
                fee: 2 0
                procurement: 7 251000
                """);
        assertEquals("元", cell(t2, "procurement", "procurement_amount").getUnit());
        assertEquals("规范性文件", cell(t2, "normative", "made").getRowLabel());
        assertTrue(cell(t2, "license", "delta").isNegative());

        var t3 = new Table3Parser().parse(doc.lines());
        assertEquals(FormatVersion.V2019, t3.table().getFormat());
        assertEquals(TableState.READ, t3.table().getState(), t3.table().getProblems().toString());
        assertTable(t3, """
                R1: 10 2 0 1 0 0 13
                R2: 1 0 0 0 0 0 1
                R3.1: 6 1 0 0 0 0 7
                R3.2: 1 0 0 0 0 0 1
                R3.3.1: 0 0 0 0 0 0 0
                R3.3.2: 0 0 0 0 0 0 0
                R3.3.3: 0 0 0 0 0 0 0
                R3.3.4: 1 0 0 0 0 0 1
                R3.3.5: 0 0 0 0 0 0 0
                R3.3.6: 0 0 0 0 0 0 0
                R3.3.7: 0 0 0 0 0 0 0
                R3.3.8: 0 0 0 0 0 0 0
                R3.4.1: 2 0 0 1 0 0 3
                R3.4.2: 0 0 0 0 0 0 0
                R3.4.3: 0 0 0 0 0 0 0
                R3.5.1: 0 1 0 0 0 0 1
                R3.5.2: 0 0 0 0 0 0 0
                R3.5.3: 0 0 0 0 0 0 0
                R3.5.4: 0 0 0 0 0 0 0
                R3.5.5: 0 0 0 0 0 0 0
                R3.6: 1 0 0 0 0 0 1
                R3.7: 11 2 0 1 0 0 14
                R4: 0 0 0 0 0 0 0
                """);
        assertEquals(TableState.ABSENT, new Table4Parser().parse(doc.lines()).table().getState());
    }

    @Test
    void wordingVariantsMatch() throws Exception {
        String doc = T3_HEADER + "(一)予以公开\t1\t0\t0\t0\t0\t0\t1\n" + otherRows("")
                .replace("2.其他法律行政法规禁止公开\t0", "2、其他法律法规禁止公开\t2")
                .replace("3.危及“三安全一稳定”", "3．危及\"三安全一稳定\"")
                .replace("4.保护第三方合法权益", "（4）保护 第三方 合法权益");
        var t3 = new Table3Parser().parse(text(doc).lines());
        assertEquals(TableState.READ, t3.table().getState(), t3.table().getProblems().toString());
        assertEquals(new BigDecimal("2"), cell(t3, "R3.3.2", "natural").getValue());
        assertEquals(CellState.NUMBER, cell(t3, "R3.3.3", "natural").getState());
        assertEquals(CellState.NUMBER, cell(t3, "R3.3.4", "natural").getState());
    }

    @Test
    void absentTablesStillListEveryCellAsMissing() throws Exception {
        var lines = text("某局2023年政府信息公开工作年度报告\n一、总体情况\n本年度依法办理行政处罚案件。\n").lines();
        var t2 = new Table2Parser().parse(lines);
        var t3 = new Table3Parser().parse(lines);
        var t4 = new Table4Parser().parse(lines);
        assertEquals(TableState.ABSENT, t2.table().getState());
        assertEquals(TableState.ABSENT, t3.table().getState());
        assertEquals(TableState.ABSENT, t4.table().getState());
        assertEquals(10, t2.cells().size()); // 2×3 + 1 + 2 + 1
        assertEquals(25 * 7, t3.cells().size());
        assertEquals(15, t4.cells().size());
        assertTrue(t3.cells().stream().allMatch(c -> c.getState() == CellState.MISSING));
    }

    @Test
    void gridAlignedRowsUseHeaderColumns() {
        // A DOCX-like grid: blank cells are kept in place, so a blank 自然人 is column 1.
        List<TextLine> lines = new ArrayList<>();
        lines.add(grid(1, "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        lines.add(grid(2, "一、本年新收政府信息公开申请数量", "", "2", "0", "0", "0", "0", "2"));
        TableReading<?> t3 = new Table3Parser().parse(lines);
        assertCell(cell(t3, "R1", "natural"), "_");
        assertCell(cell(t3, "R1", "commercial"), "2");
        assertCell(cell(t3, "R1", "total"), "2");
        assertCell(cell(t3, "R2", "total"), "~");
        assertEquals(TableState.PARTIAL, t3.table().getState());
    }

    private static TextLine grid(int line, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) cells.add(new Cell(texts[i], i, 1, line, 1));
        return new TextLine(line, 1, String.join("\t", texts), cells, true);
    }
}

package io.nblint.parse;

import io.nblint.facts.FeeStatement;
import io.nblint.facts.OrganType;
import io.nblint.facts.Part;
import io.nblint.facts.QuotedNumber;
import io.nblint.facts.ReportFacts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five seed reports, parsed with every line as a paragraph and no table parser. Expected values
 * were typed from the seed files by reading them (line numbers as in {@code cat -n}).
 */
class SeedReportsTest {

    private static ReportFacts parse(String name) throws IOException {
        Path file = PlainLines.seeds().resolve(name);
        assumeTrue(Files.isRegularFile(file), "seed not available: " + file);
        return AbsentTables.parser().parse(PlainLines.read(file));
    }

    /** Expected headings: {line, heading} for parts 1…6 in order. */
    private static void assertParts(ReportFacts facts, Object[][] expected) {
        List<Part> parts = facts.parts();
        assertEquals(expected.length, parts.size(), () -> "parts found: " + parts.stream().map(Part::getHeading).toList());
        for (int i = 0; i < expected.length; i++) {
            Part p = parts.get(i);
            assertEquals(i + 1, p.getNumber(), "canonical number of part " + i);
            assertEquals(i, p.getOrder());
            assertEquals(expected[i][0], p.getStartLine(), "heading line of part " + (i + 1));
            assertEquals(expected[i][1], p.getHeading());
        }
    }

    private static void assertFee(FeeStatement fee, int part, int line) {
        assertEquals(part, fee.getPart());
        assertEquals(line, fee.getLine());
        assertTrue(fee.isNoneCollected(), fee.getText());
        assertEquals(0, BigDecimal.ZERO.compareTo(fee.getCollectedAmount()));
        assertNull(fee.getNoticesIssued());
        assertFalse(fee.isNoNotices());
    }

    private static void assertQuote(QuotedNumber q, String table, String row, long value, int part, int line) {
        assertEquals(table, q.getTable(), q.getFragment());
        assertEquals(row, q.getRow(), q.getFragment());
        assertEquals("total", q.getColumn());
        assertEquals(value, q.getCount(), q.getFragment());
        assertEquals(part, q.getPart(), q.getFragment());
        assertEquals(line, q.getLine(), q.getFragment());
    }

    @Test
    void seed000AgencyAndTitleOnSeparateLines() throws IOException {
        ReportFacts f = parse("000_8e4fae53c81d4e1a.txt");
        assertEquals("隆德县司法局2023年政府信息公开工作年度报告", f.report().getTitle());
        assertEquals(3, f.report().getTitleLine());
        assertEquals("隆德县司法局", f.report().getAgency());
        assertEquals(2023, f.report().getYear());
        assertEquals(OrganType.DEPARTMENT, f.report().getOrganType());
        assertTrue(f.report().getIntro().startsWith("根据《中华人民共和国政府信息公开条例》规定"));
        assertTrue(f.report().getIntro().endsWith("本报告统计数据从2023年1月1日至12月31日。"));

        assertNotNull(f.period());
        assertEquals(LocalDate.of(2023, 1, 1), f.period().getStart());
        assertEquals(LocalDate.of(2023, 12, 31), f.period().getEnd());
        assertFalse(f.period().isEndYearWritten());
        assertEquals(7, f.period().getLine());
        assertNull(f.report().getPublicationDate());

        assertParts(f, new Object[][]{
            {9, "一、总体情况"}, {27, "二、主动公开政府信息情况"}, {44, "三、收到和处理政府信息公开申请情况"},
            {75, "四、政府信息公开行政复议、行政诉讼情况"}, {82, "五、存在的主要问题及改进情况"}, {92, "六、其他需要报告的事项"}});
        assertEquals(73, f.parts().get(2).getEndLine());
        assertTrue(f.parts().get(2).getText().contains("四、结转下年度继续办理\t\t0"));

        assertEquals(2, f.fees().size());
        assertFee(f.fees().get(0), 1, 15);
        assertFee(f.fees().get(1), 6, 112);

        List<QuotedNumber> q = f.quotes();
        assertEquals(4, q.size(), () -> q.stream().map(QuotedNumber::getFragment).toList().toString());
        assertQuote(q.get(0), "表四", "review", 0, 1, 15);
        assertQuote(q.get(1), "表四", QuotedNumberExtractor.LITIGATION, 0, 1, 15);
        assertQuote(q.get(2), "表三", "R1", 0, 1, 17);
        assertEquals("未收到政府信息公开申请", q.get(2).getFragment());
        assertQuote(q.get(3), "表三", "R1", 0, 6, 112);
    }

    @Test
    void seed001NoPeriodOnlyCutOffDate() throws IOException {
        ReportFacts f = parse("001_66bd8bba5bd9b9c1.txt");
        assertEquals("司法局 2023 年政府信息公开工作年度报告", f.report().getTitle());
        assertEquals(3, f.report().getTitleLine());
        assertEquals("司法局", f.report().getAgency());
        assertEquals(2023, f.report().getYear());
        assertEquals("", f.report().getIntro());
        assertNull(f.period(), "截至 2023 年 12 月 31 日 is not a period");
        assertNull(f.report().getPublicationDate());

        assertParts(f, new Object[][]{
            {5, "一、总体情况"}, {19, "二、主动公开政府信息情况"}, {37, "三、收到和处理政府信息公开申请情况"},
            {68, "四、政府信息公开行政复议、行政诉讼情况"}, {75, "五、存在的主要问题及改进情况"}, {81, "六、其他需要报告的事项"}});

        assertEquals(1, f.fees().size());
        assertFee(f.fees().get(0), 6, 83);
        assertEquals("2023年度未收取信息处理费用", f.fees().get(0).getText());

        List<QuotedNumber> q = f.quotes();
        assertEquals(3, q.size(), () -> q.stream().map(QuotedNumber::getFragment).toList().toString());
        assertQuote(q.get(0), "表三", "R1", 2, 1, 11);
        assertEquals("新收政府信息公开申请数量 2 件", q.get(0).getFragment());
        assertQuote(q.get(1), "表四", "review", 0, 1, 11);
        assertQuote(q.get(2), "表四", QuotedNumberExtractor.LITIGATION, 0, 1, 11);
    }

    @Test
    void seed002SpacedDatesAndEndYearWritten() throws IOException {
        ReportFacts f = parse("002_78e6df255e575ba0.txt");
        assertEquals("中卫市司法局2024 年政府信息公开工作年度报告", f.report().getTitle());
        assertEquals("中卫市司法局", f.report().getAgency());
        assertEquals(2024, f.report().getYear());

        assertNotNull(f.period());
        assertEquals(LocalDate.of(2024, 1, 1), f.period().getStart());
        assertEquals(LocalDate.of(2024, 12, 31), f.period().getEnd());
        assertTrue(f.period().isEndYearWritten());
        assertNull(f.report().getPublicationDate());

        assertParts(f, new Object[][]{
            {9, "一、总体情况"}, {29, "二、主动公开政府信息情况"}, {46, "三、收到和处理政府信息公开申请情况"},
            {77, "四、政府信息公开行政复议、行政诉讼情况"}, {84, "五、存在的主要问题及改进情况"}, {90, "六、其他需要报告的事项"}});

        assertEquals(1, f.fees().size(), () -> f.fees().stream().map(FeeStatement::getText).toList().toString());
        assertFee(f.fees().get(0), 6, 98);
        assertEquals("本机关2024年未收取政府信息处理费", f.fees().get(0).getText());

        List<QuotedNumber> q = f.quotes();
        assertEquals(3, q.size(), () -> q.stream().map(QuotedNumber::getFragment).toList().toString());
        assertQuote(q.get(0), "表三", "R1", 0, 1, 21);
        assertEquals("未收到任何形式的政府信息公开申请", q.get(0).getFragment());
        assertQuote(q.get(1), "表四", "review", 0, 1, 21);
        assertQuote(q.get(2), "表四", QuotedNumberExtractor.LITIGATION, 0, 1, 21);
    }

    @Test
    void seed003WrappedTitleWrongEndYearAndSignature() throws IOException {
        ReportFacts f = parse("003_060f1afac52ad05c.txt");
        assertEquals("乌拉特中旗司法局2023年政府信息公开工作年度报告", f.report().getTitle());
        assertEquals(5, f.report().getTitleLine());
        assertEquals("乌拉特中旗司法局", f.report().getAgency());
        assertEquals(2023, f.report().getYear());
        assertTrue(f.report().getIntro().startsWith("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"));

        assertNotNull(f.period());
        assertEquals(LocalDate.of(2023, 1, 1), f.period().getStart());
        assertEquals(LocalDate.of(2022, 12, 31), f.period().getEnd());
        assertTrue(f.period().isEndYearWritten());
        assertEquals(8, f.period().getLine());

        assertEquals(LocalDate.of(2024, 1, 11), f.report().getPublicationDate());
        assertEquals("2024年1月11日", f.report().getPublicationDateText());
        assertEquals(421, f.report().getPublicationDateLine());

        assertParts(f, new Object[][]{
            {9, "1、 总体情况"}, {21, "二、主动公开政府信息情况"}, {67, "三、收到和处理政府信息公开申请情况"},
            {355, "四、政府信息公开行政复议、行政诉讼情况"}, {412, "五、存在的主要问题及改进情况"}, {415, "六、其他需要报告的事项"}});
        assertEquals("1", f.parts().get(0).getNumeral());
        assertEquals("二", f.parts().get(1).getNumeral());

        assertEquals(1, f.fees().size());
        assertFee(f.fees().get(0), 6, 416);

        List<QuotedNumber> q = f.quotes();
        assertEquals(1, q.size(), () -> q.stream().map(QuotedNumber::getFragment).toList().toString());
        assertQuote(q.get(0), "表三", "R1", 0, 1, 14);
        assertEquals("未收到依申请公开事项", q.get(0).getFragment());
    }

    @Test
    void seed004FeeOnlyInPartOne() throws IOException {
        ReportFacts f = parse("004_6a991fb02bff9604.txt");
        assertEquals("沙坡头区司法局2021 年政府信息公开工作年度报告", f.report().getTitle());
        assertEquals("沙坡头区司法局", f.report().getAgency());
        assertEquals(2021, f.report().getYear());

        assertNotNull(f.period());
        assertEquals(LocalDate.of(2021, 1, 1), f.period().getStart());
        assertEquals(LocalDate.of(2021, 12, 31), f.period().getEnd());
        assertFalse(f.period().isEndYearWritten());
        assertNull(f.report().getPublicationDate());

        assertParts(f, new Object[][]{
            {9, "一、总体情况"}, {29, "二、主动公开政府信息情况"}, {46, "三、收到和处理政府信息公开申请情况"},
            {78, "四、政府信息公开行政复议、行政诉讼情况"}, {85, "五、存在的主要问题及改进情况"}, {93, "六、其他需要报告的事项"}});

        assertEquals(1, f.fees().size());
        assertFee(f.fees().get(0), 1, 19);

        List<QuotedNumber> q = f.quotes();
        assertEquals(1, q.size(), () -> q.stream().map(QuotedNumber::getFragment).toList().toString());
        assertQuote(q.get(0), "表三", "R1", 0, 1, 19);
    }
}

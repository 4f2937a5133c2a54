package io.nblint.parse;

import io.nblint.facts.OrganType;
import io.nblint.facts.ReportFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleAndDatesTest {

    private static ReportFacts parse(String... lines) {
        return AbsentTables.parser().parse(PlainLines.of("synthetic.txt", String.join("\n", lines)));
    }

    @Test
    void chineseNumeralYearsAndDates() {
        ReportFacts f = parse(
                "《某县人民政府二○二三年政府信息公开工作年度报告》",
                "本报告统计期限为二〇二三年一月一日至二〇二三年十二月三十一日。",
                "一、总体情况",
                "正文。",
                "某县人民政府办公室",
                "二〇二四年一月十一日");
        assertEquals("某县人民政府", f.report().getAgency());
        assertEquals(2023, f.report().getYear());
        assertEquals(OrganType.GOVERNMENT, f.report().getOrganType());
        assertEquals(LocalDate.of(2023, 1, 1), f.period().getStart());
        assertEquals(LocalDate.of(2023, 12, 31), f.period().getEnd());
        assertTrue(f.period().isEndYearWritten());
        assertEquals(LocalDate.of(2024, 1, 11), f.report().getPublicationDate());
        assertEquals("二〇二四年一月十一日", f.report().getPublicationDateText());
        assertEquals(6, f.report().getPublicationDateLine());
    }

    @Test
    void yearFirstTitleWithFullWidthDigits() {
        ReportFacts f = parse("２０２３年度某市交通运输局政府信息公开工作年度报告", "一、总体情况");
        assertEquals("某市交通运输局", f.report().getAgency());
        assertEquals(2023, f.report().getYear());
        assertEquals(OrganType.DEPARTMENT, f.report().getOrganType());
        assertEquals(1, f.report().getTitleLine());
    }

    @Test
    void titleWithoutYearOrWithoutOrganStaysIncomplete() {
        ReportFacts f = parse("", "政府信息公开工作年度报告", "一、总体情况");
        assertEquals("政府信息公开工作年度报告", f.report().getTitle());
        assertNull(f.report().getAgency());
        assertNull(f.report().getYear());
        assertEquals(OrganType.UNKNOWN, f.report().getOrganType());

        ReportFacts none = parse("某局工作总结", "一、总体情况");
        assertNull(none.report().getTitle());
        assertNull(none.report().getYear());
    }

    @Test
    void pageHeaderAboveACompleteTitleIsNotJoined() {
        ReportFacts f = parse("某市人民政府", "某市司法局2023年政府信息公开工作年度报告", "一、总体情况");
        assertEquals("某市司法局2023年政府信息公开工作年度报告", f.report().getTitle());
        assertEquals("某市司法局", f.report().getAgency());
    }

    @Test
    void periodSeparatorsAndWording() {
        assertPeriod("统计期限自2023年1月1日到2023年12月31日止。", 2023, 12, 31, true);
        assertPeriod("本报告所列数据统计时间为2023年1月1日—12月31日。", 2023, 12, 31, false);
        assertPeriod("数据统计期限：2023年1月1日-2023年12月31日", 2023, 12, 31, true);
        assertPeriod("统计时限 2023.1.1~2023.12.31", 2023, 12, 31, true);
        assertPeriod("统计数据期限为2023年1月1日～2023年12月31日。", 2023, 12, 31, true);
    }

    private static void assertPeriod(String sentence, int y, int m, int d, boolean endYearWritten) {
        ReportFacts f = parse("某局2023年政府信息公开工作年度报告", sentence, "一、总体情况");
        assertNotNull(f.period(), sentence);
        assertEquals(LocalDate.of(2023, 1, 1), f.period().getStart(), sentence);
        assertEquals(LocalDate.of(y, m, d), f.period().getEnd(), sentence);
        assertEquals(endYearWritten, f.period().isEndYearWritten(), sentence);
        assertEquals(2, f.period().getLine());
    }

    @Test
    void datesOutsideAStatisticsSentenceAreNoPeriod() {
        assertNull(parse("某局2023年政府信息公开工作年度报告", "截至2023年12月31日，共公开信息100条。", "一、总体情况").period());
        assertNull(parse("某局2023年政府信息公开工作年度报告", "活动于2023年3月1日至3月5日举办。", "一、总体情况").period());
        assertNull(parse("某局2023年政府信息公开工作年度报告", "截至2023年12月31日统计数据显示增长。", "一、总体情况").period());
    }

    @Test
    void publicationDateLabelWinsOverSignature() {
        ReportFacts f = parse("发布日期：2024-01-20", "某局2023年政府信息公开工作年度报告", "一、总体情况", "正文。", "2024年1月11日");
        assertEquals(LocalDate.of(2024, 1, 20), f.report().getPublicationDate());
        assertEquals("2024-01-20", f.report().getPublicationDateText());
        assertEquals(1, f.report().getPublicationDateLine());
        assertEquals("某局2023年政府信息公开工作年度报告", f.report().getTitle());
    }

    @Test
    void signatureOnTheAgencyLineButNotInProse() {
        ReportFacts f = parse("某局2023年政府信息公开工作年度报告", "一、总体情况", "正文。", "某局    2024年1月11日  ");
        assertEquals(LocalDate.of(2024, 1, 11), f.report().getPublicationDate());

        ReportFacts prose = parse("某局2023年政府信息公开工作年度报告", "一、总体情况", "2023年10月12日，成功举办了开放日活动。");
        assertNull(prose.report().getPublicationDate());
    }

    @Test
    void introIsTextBetweenTitleAndPartOne() {
        ReportFacts f = parse("某局", "", "2023年政府信息公开工作年度报告", "", "第一段。", "", "第二段。", "一、总体情况");
        assertEquals("某局2023年政府信息公开工作年度报告", f.report().getTitle());
        assertEquals("第一段。\n第二段。", f.report().getIntro());
        assertFalse(f.parts().isEmpty());
    }
}

package io.nblint.context;

import io.nblint.check.Checker;
import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.RuleSet;
import io.nblint.check.RuleSetLoader;
import io.nblint.facts.CellState;
import io.nblint.facts.DeadlineCalendar;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.OrganType;
import io.nblint.facts.Part;
import io.nblint.facts.Report;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.Table2;
import io.nblint.facts.Table2Cell;
import io.nblint.facts.Table3;
import io.nblint.facts.Table3Cell;
import io.nblint.facts.Table4;
import io.nblint.facts.TableCell;
import io.nblint.facts.TableState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-year and deadline DRL rules over hand-built facts (independent of the parser). */
public class ContextRulesTest {
    private static Checker checker;

    @BeforeAll
    static void load() throws Exception {
        RuleSet rules = new RuleSetLoader().load(Path.of("rules"));
        checker = new Checker(rules);
    }

    static final String[] COLS = {"natural", "commercial", "research", "nonprofit", "legal", "other", "total"};

    public static ReportFacts report(String agency, int year, LocalDate published, OrganType organ, long[] r2, long[] r4,
                              long valid, long issued, long repealed, String prose) {
        Report report = new Report(year + ".txt", agency + year + "年政府信息公开工作年度报告", 1, agency, year, FormatVersion.V2021,
                published, published == null ? null : published.toString(), 99, organ, "", 100);
        List<TableCell> cells = new ArrayList<>();
        for (int i = 0; i < COLS.length; i++) {
            cells.add(t3("R2", COLS[i], r2[i]));
            cells.add(t3("R4", COLS[i], r4[i]));
        }
        cells.add(t2("normative", "valid", valid));
        cells.add(t2("normative", "issued", issued));
        cells.add(t2("normative", "repealed", repealed));
        List<Part> parts = List.of(new Part(1, "一", "一、总体情况", 0, prose, 5, 20, null));
        return new ReportFacts(report, null, parts,
                new Table2(FormatVersion.V2021, TableState.READ, 30, 40, null, List.of()),
                new Table3(FormatVersion.V2021, TableState.READ, 41, 70, null, List.of()),
                new Table4(FormatVersion.V2021, TableState.ABSENT, null, null, null, List.of()),
                cells, List.of(), List.of());
    }

    static Table3Cell t3(String row, String col, long v) {
        return new Table3Cell(row, col, row, col, Long.toString(v), CellState.NUMBER, BigDecimal.valueOf(v), null, 50, null);
    }

    static Table2Cell t2(String row, String col, long v) {
        return new Table2Cell(row, col, "行政规范性文件", col, Long.toString(v), CellState.NUMBER, BigDecimal.valueOf(v), null, 33, null);
    }

    public static String prose(int n, String year) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(year).append("年我局认真落实").append("甲乙丙丁戊己庚辛壬癸子丑寅卯".charAt(i)).append("类公开工作要求，持续推进政务公开标准化规范化建设。");
        return b.toString();
    }

    private static List<Finding> check(ReportFacts facts, ManifestEntry entry, PriorSummary prior, DeadlineCalendar cal) {
        return checker.check(facts, ContextFacts.of(facts, entry, prior, cal, 0.8, 8));
    }

    private static long count(List<Finding> f, String id, FindingStatus status) {
        return f.stream().filter(x -> x.ruleId().equals(id) && x.status() == status).count();
    }

    @Test
    void carryOverMismatchTriggersT306PerColumn() {
        long[] zeros = new long[7];
        ReportFacts prior = report("中卫市司法局", 2023, LocalDate.of(2024, 1, 20), OrganType.DEPARTMENT,
                zeros, new long[]{2, 0, 0, 0, 0, 0, 2}, 5, 1, 0, prose(3, "2023"));
        ReportFacts current = report("中卫市司法局", 2024, LocalDate.of(2025, 1, 20), OrganType.DEPARTMENT,
                zeros, zeros, 6, 0, 7, prose(3, "2024"));
        PriorSummary summary = PriorSummary.of(prior, "中卫市司法局", 2023, "2023.txt", 8);
        List<Finding> f = check(current, null, summary, DeadlineCalendar.NATIONAL);
        assertEquals(2, count(f, "T3-06", FindingStatus.FAILED), f.toString()); // natural and total
        // 5 + 0 − 7 = −2 ≠ 6
        assertEquals(1, count(f, "T2-07", FindingStatus.FAILED), f.toString());
    }

    @Test
    void matchingFiguresDoNotTrigger() {
        long[] carried = {2, 0, 0, 0, 0, 0, 2};
        ReportFacts prior = report("中卫市司法局", 2023, null, OrganType.DEPARTMENT,
                new long[7], carried, 13, 1, 0, prose(3, "2023"));
        ReportFacts current = report("中卫市司法局", 2024, LocalDate.of(2025, 1, 20), OrganType.DEPARTMENT,
                carried, new long[7], 6, 0, 7, prose(3, "2024"));
        List<Finding> f = check(current, null, PriorSummary.of(prior, "中卫市司法局", 2023, "2023.txt", 8), DeadlineCalendar.NATIONAL);
        assertEquals(0, count(f, "T3-06", FindingStatus.FAILED), f.toString());
        assertEquals(0, count(f, "T2-07", FindingStatus.FAILED), f.toString());
        assertEquals(0, count(f, "TXT-01", FindingStatus.FAILED), "only 3 sentences: too few to judge");
        assertEquals(0, count(f, "DATE-01", FindingStatus.FAILED));
    }

    @Test
    void copiedTextWithOnlyTheYearChangedIsDuplicated() {
        ReportFacts prior = report("甲局", 2023, null, OrganType.DEPARTMENT, new long[7], new long[7], 0, 0, 0, prose(12, "2023"));
        ReportFacts current = report("甲局", 2024, null, OrganType.DEPARTMENT, new long[7], new long[7], 0, 0, 0, prose(12, "2024"));
        List<Finding> f = check(current, null, PriorSummary.of(prior, "甲局", 2023, "2023.txt", 8), DeadlineCalendar.NATIONAL);
        assertEquals(1, count(f, "TXT-01", FindingStatus.FAILED), f.toString());
        ReportFacts fresh = report("甲局", 2024, null, OrganType.DEPARTMENT, new long[7], new long[7], 0, 0, 0,
                prose(12, "2024").replace("持续推进", "着力完善"));
        f = check(fresh, null, PriorSummary.of(prior, "甲局", 2023, "2023.txt", 8), DeadlineCalendar.NATIONAL);
        assertEquals(0, count(f, "TXT-01", FindingStatus.FAILED), f.toString());
    }

    @Test
    void deadlinesByOrganTypeAndManifestDate() {
        long[] z = new long[7];
        ReportFacts dept = report("中卫市司法局", 2024, LocalDate.of(2025, 2, 1), OrganType.DEPARTMENT, z, z, 0, 0, 0, "");
        assertEquals(1, count(check(dept, null, null, DeadlineCalendar.NATIONAL), "DATE-01", FindingStatus.FAILED));
        // the manifest's date wins over the report's
        ManifestEntry onTime = new ManifestEntry("2024.txt", null, LocalDate.of(2025, 1, 31), null, 2);
        assertEquals(0, count(check(dept, onTime, null, DeadlineCalendar.NATIONAL), "DATE-01", FindingStatus.FAILED));
        // a government has until 3-31
        ReportFacts gov = report("中卫市人民政府", 2024, LocalDate.of(2025, 3, 31), OrganType.GOVERNMENT, z, z, 0, 0, 0, "");
        assertEquals(0, count(check(gov, null, null, DeadlineCalendar.NATIONAL), "DATE-02", FindingStatus.FAILED));
        ReportFacts govLate = report("中卫市人民政府", 2024, LocalDate.of(2025, 4, 1), OrganType.GOVERNMENT, z, z, 0, 0, 0, "");
        assertEquals(1, count(check(govLate, null, null, DeadlineCalendar.NATIONAL), "DATE-02", FindingStatus.FAILED));
        // legacy: every organ 3-31
        ReportFacts old = report("甲局", 2017, LocalDate.of(2018, 4, 2), OrganType.DEPARTMENT, z, z, 0, 0, 0, "");
        assertEquals(1, count(check(old, null, null, DeadlineCalendar.NATIONAL), "DATE-03", FindingStatus.FAILED));
        // township: only with a configured local deadline
        ReportFacts town = report("某镇人民政府", 2024, LocalDate.of(2025, 2, 21), OrganType.TOWNSHIP, z, z, 0, 0, 0, "");
        assertEquals(0, count(check(town, null, null, DeadlineCalendar.NATIONAL), "DATE-04", FindingStatus.FAILED));
        DeadlineCalendar local = new DeadlineCalendar(MonthDay.of(1, 31), MonthDay.of(3, 31), MonthDay.of(3, 31), MonthDay.of(2, 20));
        assertEquals(1, count(check(town, null, null, local), "DATE-04", FindingStatus.FAILED));
        // no date anywhere
        ReportFacts undated = report("甲局", 2024, null, OrganType.DEPARTMENT, z, z, 0, 0, 0, "");
        List<Finding> f = check(undated, null, null, DeadlineCalendar.NATIONAL);
        assertEquals(1, count(f, "DATE-05", FindingStatus.FAILED));
        assertTrue(f.stream().noneMatch(x -> x.ruleId().equals("DATE-01")));
    }

    @Test
    void agencyNamesMatchAcrossWidthSpacesAndSelfReference() {
        assertTrue(AgencyName.same("中卫市 司法局", "中卫市司法局"));
        assertTrue(AgencyName.same("中卫市（司法局）", "中卫市司法局"));
        assertTrue(AgencyName.same("ＡＢＣ市司法局", "ABC市司法局"));
        assertEquals("中卫市司法局", AgencyName.resolve("我局", "中卫市司法局2024年政府信息公开工作年度报告", null));
        assertEquals("隆德县司法局", AgencyName.resolve(" 本机关", null, "隆德县司法局"));
        assertEquals(OrganType.TOWNSHIP, OrganTypeGuess.of("某某镇人民政府"));
        assertEquals(OrganType.GOVERNMENT, OrganTypeGuess.of("中卫市人民政府"));
        assertEquals(OrganType.DEPARTMENT, OrganTypeGuess.of("中卫市人民政府办公室"));
    }
}

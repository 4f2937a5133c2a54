package io.nblint.check;

import io.nblint.facts.CellState;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.OrganType;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.TableState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.nblint.check.ReportFactsBuilder.fee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per rule id: the clean report has no findings; one small change (a cell, a date, a part) makes exactly
 * that rule fail, at the place a clerk would look. Expected numbers come from the builder's table
 * (see {@link ReportFactsBuilder}), worked out by hand.
 */
class RuleMutationTest {
    static Checker checker;

    @BeforeAll
    static void load() throws RuleSetException {
        checker = new Checker(new RuleSetLoader().load(Path.of("rules")));
    }

    static List<Finding> check(ReportFactsBuilder b) {
        return checker.check(b.build());
    }

    @Test
    void clean2021ReportHasNoFindings() {
        assertEquals(List.of(), check(ReportFactsBuilder.clean2021()));
    }

    @Test
    void clean2019FormatReportHasNoFindings() {
        // 2020 report in the 试行 format: single R3.6 row, 本年增/减 −2 allowed, no fee statement needed
        assertEquals(List.of(), check(ReportFactsBuilder.clean2019()));
    }

    /**
     * One mutation: the rule id that must fail (and only it, plus {@code alsoAllowed}), its severity,
     * and where: the location label, or the rows/columns of the failing cells ("row/column").
     */
    record Case(String name, String id, Severity severity, UnaryOperator<ReportFactsBuilder> mutate,
                Set<String> where, String messagePart, Set<String> alsoAllowed, boolean from2019) {
        @Override
        public String toString() { return id + " " + name; }
    }

    static Case c(String name, String id, Severity sev, UnaryOperator<ReportFactsBuilder> m, Set<String> where, String msg) {
        return new Case(name, id, sev, m, where, msg, Set.of(), false);
    }

    static Stream<Case> cases() {
        return Stream.of(
            // structure
            c("part 四 removed", "STR-01", Severity.ERROR, b -> b.removePart(4), Set.of("标题"), "第四部分「四、政府信息公开行政复议、行政诉讼情况」"),
            c("parts 五 and 六 swapped", "STR-02", Severity.WARNING, b -> b.partOrder(1, 2, 3, 4, 6, 5), Set.of("标题"), "一→二→三→四→六→五"),
            c("title without organ", "STR-03", Severity.WARNING, b -> b.title("2023年政府信息公开工作年度报告", null), Set.of("标题"), "缺少机关名称"),
            c("no 统计期限", "STR-04", Severity.WARNING, ReportFactsBuilder::noPeriod, Set.of("标题"), "未写明统计期限"),
            c("table 二 absent", "STR-08", Severity.WARNING, b -> b.tableAbsent("表二"), Set.of("标题"), "未找到表二"),
            c("2023 report in 2019 format", "STR-09", Severity.ERROR, b -> b.formatVersion(FormatVersion.V2019), Set.of("标题"), "2023年度报告的统计表使用了2019年试行格式"),
            c("2021 report in 2019 format", "STR-09", Severity.WARNING, b -> b.year(2021).formatVersion(FormatVersion.V2019)
                    .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), true).publicationDate(LocalDate.of(2022, 1, 25)),
                    Set.of("标题"), "2021年度报告"),
            c("2023 report mixing both formats", "STR-09", Severity.ERROR, b -> b.formatVersion(FormatVersion.MIXED), Set.of("标题"), "混用"),
            // dates
            c("seed 003: period ends 2022-12-31", "DATE-06", Severity.ERROR,
                    b -> b.period(LocalDate.of(2023, 1, 1), LocalDate.of(2022, 12, 31), true), Set.of("统计期限"), "截止日期2022年12月31日不在2023年"),
            c("period ends 11-30", "DATE-06", Severity.ERROR,
                    b -> b.period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 11, 30), true), Set.of("统计期限"), "不是完整的年度"),
            c("published before year end", "DATE-06", Severity.ERROR, b -> b.publicationDate(LocalDate.of(2023, 6, 1)), Set.of("标题"), "2023年6月1日"),
            c("published two years later", "DATE-06", Severity.NOTICE, b -> b.publicationDate(LocalDate.of(2025, 3, 1)), Set.of("标题"), "超过一年"),
            // fees (R3.6.2 moved to R3.6.3 so that FEE-03 stays quiet when the statement is gone)
            c("no fee statement", "FEE-01", Severity.ERROR, b -> b.noFees().number("表三", "R3.6.2", "natural", 0).number("表三", "R3.6.2", "total", 0)
                    .number("表三", "R3.6.3", "natural", 1).number("表三", "R3.6.3", "total", 1), Set.of("第六部分"), "未说明信息处理费"),
            c("fee statement only in part 一", "FEE-01", Severity.ERROR, b -> b.noFees().fee(fee(1, 1, new BigDecimal("100"), BigDecimal.ZERO, false, false)),
                    Set.of("第六部分"), "相关表述出现在第一部分第 11 行"),
            c("R3.6.2 = 1 but no notice issued", "FEE-03", Severity.WARNING, b -> b.noFees().fee(fee(6, 0, null, BigDecimal.ZERO, true, true)),
                    Set.of("R3.6.2/total"), "为 1"),
            c("collected 200 > notified 100", "FEE-04", Severity.ERROR, b -> b.noFees().fee(fee(6, 1, new BigDecimal("100"), new BigDecimal("200"), false, false)),
                    Set.of("信息处理费说明"), "实际收取信息处理费 200 元，超过收费通知总金额 100 元"),
            new Case("2020 report collects 100 元", "FEE-07", Severity.NOTICE, b -> b.fee(fee(6, 1, new BigDecimal("100"), new BigDecimal("100"), false, false)),
                    Set.of("信息处理费说明"), "2020年度报告称收取信息处理费 100 元", Set.of(), true),
            // table 三
            c("R3.1 自然人 = 5.5", "T3-02", Severity.ERROR, b -> b.number("表三", "R3.1", "natural", "5.5"), Set.of("R3.1/natural"), "5.5"),
            c("row totals off in R3.1, R3.7, R4", "T3-03", Severity.ERROR, b -> b.add("表三", "R3.1", "total", 1)
                    .add("表三", "R3.7", "total", 1).add("表三", "R4", "total", -1),
                    Set.of("R3.1/total", "R3.7/total", "R4/total"), "「总计」列填报 10，但六个申请人列之和为 9"),
            c("1 moved from 商业企业 to 自然人 in R3.1", "T3-04", Severity.ERROR, b -> b.add("表三", "R3.1", "natural", 1).add("表三", "R3.1", "commercial", -1),
                    Set.of("R3.7/natural", "R3.7/commercial"), "「自然人」列：「（七）总计」填报 11，但（一）至（六）各项办理结果之和为 12"),
            new Case("2019 format: R3.6 counted", "T3-04", Severity.ERROR, b -> b.add("表三", "R3.6", "natural", 1).add("表三", "R3.6", "total", 1),
                    Set.of("R3.7/natural", "R3.7/total"), "（六）其他处理 2", Set.of(), true),
            c("1 moved from 法律服务机构 to 自然人 in R4", "T3-05", Severity.ERROR, b -> b.add("表三", "R4", "natural", 1).add("表三", "R4", "legal", -1),
                    Set.of("R3.7/natural", "R3.7/legal"), "本年新收 10 ＋ 上年结转 2 ＝ 12，而办理结果总计 11 ＋ 结转下年度 2 ＝ 13"),
            c("blank cell", "T3-07", Severity.WARNING, b -> b.state("表三", "R3.1", "research", CellState.BLANK, ""), Set.of("表三"), "表三「（一）予以公开」「科研机构」列（空白）"),
            new Case("no applications but results", "T3-10", Severity.ERROR, b -> zeroApplications(b).noQuotes(), Set.of("表三"), "均为 0",
                    Set.of("T3-05"), false),
            c("text says 15 applications", "T3-11", Severity.NOTICE, b -> b.quoteValue("表三", "R1", "total", 15), Set.of("正文「收到政府信息公开申请15件」"), "而表三「一、本年新收政府信息公开申请数量」「总计」列为 16"),
            // table 四
            c("复议 结果维持 = 1.5", "T4-02", Severity.ERROR, b -> b.number("表四", "review", "upheld", "1.5"), Set.of("review/upheld"), "1.5"),
            c("复议 结果维持 +1", "T4-03", Severity.ERROR, b -> b.add("表四", "review", "upheld", 1), Set.of("review/total"), "「总计」填报 3，但 结果维持 2＋结果纠正 1＋其他结果 0＋尚未审结 1 ＝ 4"),
            c("直诉 结果维持 +1", "T4-04", Severity.ERROR, b -> b.add("表四", "direct", "upheld", 1), Set.of("direct/total"), "＝ 2"),
            c("复议后起诉 其他结果 +1", "T4-05", Severity.ERROR, b -> b.add("表四", "after_review", "other", 1), Set.of("after_review/total"), "＝ 2"),
            c("text says 2 复议后起诉", "T4-06", Severity.NOTICE, b -> b.quoteValue("表四", "after_review", "total", 2), Set.of("正文「复议后起诉2件」"), "为 1"),
            c("seed 004: 复议 group blank", "T4-07", Severity.WARNING, RuleMutationTest::reviewGroupBlank, Set.of("表四"), "有 5 个未填写数字"),
            // table 二
            c("repealed = -1", "T2-02", Severity.ERROR, b -> b.number("表二", "normative", "repealed", -1), Set.of("normative/repealed"), "-1"),
            c("fee amount 12500", "T2-03", Severity.WARNING, b -> b.number("表二", "fee", "amount", 12500), Set.of("fee/amount"), "1.25 亿元"),
            c("fee amount written in 元", "T2-03", Severity.WARNING, b -> b.number("表二", "fee", "amount", 800).unit("表二", "fee", "amount", "元"),
                    Set.of("fee/amount"), "800 元 ＝ 0.08 万元"),
            c("department made a 规章", "T2-05", Severity.WARNING, b -> b.number("表二", "regulation", "issued", 1).number("表二", "regulation", "valid", 1),
                    Set.of("regulation/issued", "regulation/valid"), "没有规章制定权"),
            c("county government made a 规章", "T2-05", Severity.WARNING, b -> b.organType(OrganType.GOVERNMENT)
                    .title("青山县人民政府2023年政府信息公开工作年度报告", "青山县人民政府").number("表二", "regulation", "valid", 2),
                    Set.of("regulation/valid"), "“青山县人民政府”"),
            c("valid 1 < issued 2", "T2-06", Severity.NOTICE, b -> b.number("表二", "normative", "valid", 1), Set.of("normative/valid"), "现行有效件数 1 小于本年制发件数 2"),
            c("license written “/”", "T2-08", Severity.WARNING, b -> b.state("表二", "license", "decisions", CellState.PLACEHOLDER, "/"), Set.of("表二"), "（写作“/”）")
        );
    }

    static ReportFactsBuilder zeroApplications(ReportFactsBuilder b) {
        for (String col : ReportFactsBuilder.T3_COLUMNS) b.number("表三", "R1", col, 0).number("表三", "R2", col, 0);
        return b;
    }

    static ReportFactsBuilder reviewGroupBlank(ReportFactsBuilder b) {
        for (String col : ReportFactsBuilder.T4_COLUMNS) b.state("表四", "review", col, CellState.BLANK, "");
        return b;
    }

    static String where(Finding f) {
        if (f.location().row() != null) return f.location().row() + "/" + f.location().column();
        return f.location().label();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mutationTriggersExactlyItsRule(Case k) {
        ReportFactsBuilder clean = k.from2019() ? ReportFactsBuilder.clean2019() : ReportFactsBuilder.clean2021();
        List<Finding> findings = check(k.mutate().apply(clean));
        List<Finding> mine = findings.stream().filter(f -> f.ruleId().equals(k.id())).toList();
        assertTrue(!mine.isEmpty(), k + ": expected " + k.id() + ", got " + findings);

        Set<String> others = findings.stream().map(Finding::ruleId).filter(id -> !id.equals(k.id()))
                .collect(Collectors.toCollection(TreeSet::new));
        others.removeAll(k.alsoAllowed());
        assertEquals(Set.of(), others, k + ": other rules fired: " + findings);

        for (Finding f : mine) {
            assertEquals(FindingStatus.FAILED, f.status(), f.toString());
            assertEquals(k.severity(), f.severity(), f.toString());
        }
        assertEquals(k.where(), mine.stream().map(RuleMutationTest::where).collect(Collectors.toSet()), k + ": locations of " + mine);
        assertTrue(mine.stream().anyMatch(f -> f.message().contains(k.messagePart())),
                k + ": no message contains “" + k.messagePart() + "”: " + mine.stream().map(Finding::message).toList());
    }

    @ParameterizedTest(name = "{0} — unmutated report stays clean")
    @MethodSource("cases")
    void unmutatedReportDoesNotTriggerIt(Case k) {
        ReportFactsBuilder clean = k.from2019() ? ReportFactsBuilder.clean2019() : ReportFactsBuilder.clean2021();
        assertTrue(check(clean).stream().noneMatch(f -> f.ruleId().equals(k.id())));
    }

    // ---- unreadable cells: 无法核对, never a false arithmetic error ------------------------------

    @Test
    void unreadableCellGivesUncertainAndNoArithmeticFailure() {
        // R3.1 自然人 (really 5) unreadable: taking it as 0 would give a row "error" (4 ≠ 9) and a
        // column "error" (自然人 6 ≠ 11); neither may appear.
        List<Finding> findings = check(ReportFactsBuilder.clean2021()
                .state("表三", "R3.1", "natural", CellState.UNREADABLE, null));
        assertTrue(findings.stream().noneMatch(Finding::isFailed), findings.toString());
        Set<String> uncertain = findings.stream().filter(f -> f.status() == FindingStatus.UNCERTAIN)
                .map(f -> f.ruleId() + "@" + where(f)).collect(Collectors.toSet());
        assertEquals(Set.of("T3-03@R3.1/total", "T3-04@R3.7/natural"), uncertain);
        assertTrue(findings.stream().allMatch(f -> f.message().startsWith("无法核对：")
                && f.message().contains("表三「（一）予以公开」「自然人」列（无法识别）")), findings.toString());
    }

    @Test
    void textAndMissingCellsAreNotReadableEither() {
        List<Finding> findings = check(ReportFactsBuilder.clean2021()
                .state("表四", "direct", "total", CellState.TEXT, "见附件")
                .state("表三", "R4", "legal", CellState.MISSING, null));
        Set<String> failed = findings.stream().filter(Finding::isFailed).map(Finding::ruleId).collect(Collectors.toSet());
        // the MISSING cell is reported as missing (T3-07), never as an arithmetic error
        assertEquals(Set.of("T3-07"), failed, findings.toString());
        Set<String> uncertain = findings.stream().filter(f -> f.status() == FindingStatus.UNCERTAIN)
                .map(f -> f.ruleId() + "@" + where(f)).collect(Collectors.toSet());
        assertEquals(Set.of("T4-04@direct/total", "T3-03@R4/total", "T3-05@R3.7/legal"), uncertain);
    }

    @Test
    void unreadableTableIsOneUncertainFindingNotManyIdentities() {
        List<Finding> findings = check(ReportFactsBuilder.clean2021().tableState("表三", TableState.UNREADABLE)
                .state("表三", "R1", "natural", CellState.UNREADABLE, null));
        assertEquals(List.of("STR-08"), findings.stream().map(Finding::ruleId).toList());
        assertEquals(FindingStatus.UNCERTAIN, findings.get(0).status());
    }

    @Test
    void blankTotalWithNonZeroComponentsFailsTheIdentity() {
        // spec §2.4: a blank 总计 counts as 0, so 0 ≠ 9 is an error, and the blank is reported too
        List<Finding> findings = check(ReportFactsBuilder.clean2021().state("表三", "R3.1", "total", CellState.BLANK, ""));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("T3-03") && f.isFailed()
                && f.message().contains("「总计」列填报 0，但六个申请人列之和为 9")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("T3-07")));
    }

    // ---- formats -------------------------------------------------------------------------

    @Test
    void rowOfTheOtherFormatIsIgnored() {
        // a parser that inserts the 2019 row R3.6 as MISSING into a 2021 table must not cause findings
        assertEquals(List.of(), check(ReportFactsBuilder.clean2021().extraCell("表三", "R3.6", "natural", CellState.MISSING)));
    }

    @Test
    void negativeDeltaIsAllowedIn2019Format() {
        assertEquals(List.of(), check(ReportFactsBuilder.clean2019().number("表二", "license", "delta", -8)));
    }

    @Test
    void legacyReportGetsNoTableRules() {
        List<Finding> findings = check(ReportFactsBuilder.clean2021().year(2017).formatVersion(FormatVersion.LEGACY)
                .title("青山市生态环境局2017年政府信息公开工作年度报告", "青山市生态环境局")
                .period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), true).publicationDate(LocalDate.of(2018, 3, 20))
                .add("表三", "R1", "natural", 1).add("表四", "review", "upheld", 1).number("表二", "normative", "repealed", -1)
                .removePart(6));
        assertEquals(List.of(), findings);
    }

    @Test
    void municipalGovernmentMayMakeRegulations() {
        assertEquals(List.of(), check(ReportFactsBuilder.clean2021().organType(OrganType.GOVERNMENT)
                .title("青山市人民政府2023年政府信息公开工作年度报告", "青山市人民政府").number("表二", "regulation", "valid", 2)));
    }

    @Test
    void everyPartMissingIsNamedOnce() {
        List<Finding> findings = check(ReportFactsBuilder.clean2021().removePart(5).removePart(6)
                .noFees().number("表三", "R3.6.2", "natural", 0).number("表三", "R3.6.2", "total", 0)
                .number("表三", "R3.6.3", "natural", 1).number("表三", "R3.6.3", "total", 1));
        List<String> str01 = findings.stream().filter(f -> f.ruleId().equals("STR-01")).map(Finding::message).toList();
        assertEquals(2, str01.size(), str01.toString());
        assertTrue(str01.stream().anyMatch(m -> m.contains("第五部分「五、存在的主要问题及改进情况」")));
        assertTrue(str01.stream().anyMatch(m -> m.contains("第六部分「六、其他需要报告的事项」")));
        // without part 六 the fee finding stands on the title
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("FEE-01") && f.location().label().equals("标题")));
    }
}

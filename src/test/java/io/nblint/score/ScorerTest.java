package io.nblint.score;

import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.Severity;
import io.nblint.facts.Location;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTest {
    private static final String CONFIG = """
            base: 100
            passMark: 60
            deductions: {ERROR: 5, WARNING: 2, NOTICE: 0}
            rules: {STR-01: 10}
            groups:
              - {name: 表三, prefix: T3, cap: 20}
              - {name: 结构, ids: [STR-01, STR-02], cap: 12}
            defaultGroupCap: 6
            grades:
              - {label: 优秀, min: 90}
              - {label: 良好, min: 80}
              - {label: 合格, min: 60}
              - {label: 不合格, min: 0}
            """;

    static Finding finding(String id, Severity s, FindingStatus status) {
        return new Finding(id, "名称" + id, s, status, "依据", "说明", Location.document("全文"), "原文");
    }

    private static Scorer scorer() throws ScoringConfigException {
        return new Scorer(new ScoringConfigReader().parse("test.yaml", CONFIG));
    }

    @Test
    void noFindingsScoresTheBase() throws Exception {
        Score s = scorer().score(List.of(), "v1");
        assertEquals(0, s.total().compareTo(new BigDecimal(100)));
        assertEquals("优秀", s.grade());
        assertTrue(s.passed());
        assertEquals("v1", s.ruleSetVersion());
    }

    @Test
    void deductsPerSeverityAndPerRuleOverride() throws Exception {
        Score s = scorer().score(List.of(
                finding("T4-03", Severity.ERROR, FindingStatus.FAILED),   // 5
                finding("T2-08", Severity.WARNING, FindingStatus.FAILED), // 2
                finding("T3-11", Severity.NOTICE, FindingStatus.FAILED),  // 0
                finding("STR-01", Severity.ERROR, FindingStatus.FAILED)), // 10 (override)
                "v");
        assertEquals(0, s.total().compareTo(new BigDecimal(83)));
        assertEquals("良好", s.grade());
        assertEquals(2, s.failed(Severity.ERROR));
        assertEquals(1, s.failed(Severity.WARNING));
        assertEquals(1, s.failed(Severity.NOTICE));
    }

    @Test
    void uncertainDeductsNothingButIsListed() throws Exception {
        Score s = scorer().score(List.of(
                finding("T3-05", Severity.ERROR, FindingStatus.UNCERTAIN),
                finding("T3-04", Severity.ERROR, FindingStatus.UNCERTAIN)), "v");
        assertEquals(0, s.total().compareTo(new BigDecimal(100)));
        assertEquals(2, s.uncertain());
        assertEquals(2, s.deductions().size());
        assertEquals(0, s.failed(Severity.ERROR));
    }

    @Test
    void groupCapStopsOneTableFromZeroingTheReport() throws Exception {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(new Finding("T3-03", "行合计", Severity.ERROR, FindingStatus.FAILED, "b", "第" + i + "行",
                    Location.document("表三"), "x"));
        }
        Score s = scorer().score(many, "v");
        // 25 × 5 = 125 nominal, the 表三 group cap is 20
        assertEquals(0, s.total().compareTo(new BigDecimal(80)));
        assertEquals(25, s.failed(Severity.ERROR));
        assertTrue(s.deductions().get(24).capped());
    }

    @Test
    void explicitIdListAndImplicitPrefixGroupsAreCapped() throws Exception {
        Score s = scorer().score(List.of(
                finding("STR-01", Severity.ERROR, FindingStatus.FAILED),  // 10, group 结构 cap 12
                finding("STR-02", Severity.ERROR, FindingStatus.FAILED),  // 5 → 2 after cap
                finding("FEE-01", Severity.ERROR, FindingStatus.FAILED),  // 5, implicit group FEE cap 6
                finding("FEE-04", Severity.ERROR, FindingStatus.FAILED)), // 5 → 1
                "v");
        assertEquals(0, s.total().compareTo(new BigDecimal(82)));
        assertEquals("结构", s.deductions().get(1).group());
        assertEquals("FEE", s.deductions().get(3).group());
    }

    @Test
    void gradeBandsAndPassMark() throws Exception {
        List<Finding> f = new ArrayList<>();
        // 3 groups of distinct prefixes to avoid caps: 8 ERROR across T3 (cap 20) = 20, T4 capped at 6, T2 6
        for (int i = 0; i < 4; i++) f.add(finding("T3-0" + i, Severity.ERROR, FindingStatus.FAILED));
        Score s80 = scorer().score(f, "v");
        assertEquals("良好", s80.grade()); // exactly 80 is 良好
        for (int i = 0; i < 3; i++) f.add(finding("T4-0" + i, Severity.WARNING, FindingStatus.FAILED));
        Score s74 = scorer().score(f, "v");
        assertEquals(0, s74.total().compareTo(new BigDecimal(74)));
        assertEquals("合格", s74.grade());
        for (int i = 0; i < 2; i++) f.add(finding("T2-0" + i, Severity.ERROR, FindingStatus.FAILED));
        for (int i = 0; i < 2; i++) f.add(finding("DATE-0" + i, Severity.ERROR, FindingStatus.FAILED));
        for (int i = 0; i < 2; i++) f.add(finding("FEE-0" + i, Severity.ERROR, FindingStatus.FAILED));
        Score low = scorer().score(f, "v");
        // 74 − 6 (T2 capped) − 6 (DATE capped) − 6 (FEE capped) = 56
        assertEquals(0, low.total().compareTo(new BigDecimal(56)));
        assertEquals("不合格", low.grade());
        assertFalse(low.passed());
    }

    @Test
    void shippedConfigurationLoads() throws Exception {
        ScoringConfig c = new ScoringConfigReader().readFromRules(Path.of("rules"));
        assertEquals(0, c.base().compareTo(new BigDecimal(100)));
        assertEquals(0, c.pointsFor("T3-05", Severity.ERROR).compareTo(new BigDecimal(5)));
        assertEquals("优秀", c.gradeOf(new BigDecimal(90)));
        assertEquals("不合格", c.gradeOf(new BigDecimal("59.5")));
    }
}

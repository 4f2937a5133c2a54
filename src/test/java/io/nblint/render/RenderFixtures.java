package io.nblint.render;

import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.Severity;
import io.nblint.facts.CellState;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.Location;
import io.nblint.facts.OrganType;
import io.nblint.facts.Report;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.Table2;
import io.nblint.facts.Table3;
import io.nblint.facts.Table3Cell;
import io.nblint.facts.Table4;
import io.nblint.facts.TableState;
import io.nblint.score.Score;
import io.nblint.score.Scorer;
import io.nblint.score.ScoringConfigReader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Hand-built reports and findings for the export tests. */
final class RenderFixtures {
    private RenderFixtures() {
    }

    static ReportFacts facts(String agency, int year) {
        Report report = new Report("r.txt", agency + year + "年政府信息公开工作年度报告", 1, agency, year,
                FormatVersion.V2021, LocalDate.of(year + 1, 1, 20), year + 1 + "年1月20日", 90, OrganType.DEPARTMENT, "", 100);
        Table3Cell cell = new Table3Cell("R1", "total", "一、本年新收政府信息公开申请数量", "总计", "3", CellState.NUMBER,
                new BigDecimal(3), null, 40, null);
        return new ReportFacts(report, null, List.of(),
                new Table2(FormatVersion.V2021, TableState.ABSENT, null, null, null, List.of()),
                new Table3(FormatVersion.V2021, TableState.READ, 38, 64, null, List.of()),
                new Table4(FormatVersion.V2021, TableState.ABSENT, null, null, null, List.of()),
                List.of(cell), List.of(), List.of());
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("T3-05", "表三收支平衡", Severity.ERROR, FindingStatus.FAILED, "表三表头注：第一项加第二项之和，等于第三项加第四项之和",
                        "「总计」列：一(3) + 二(0) ≠ 三(七)(2) + 四(0)",
                        new Location(3, "表三", "R3.7", "total", "表三「（七）总计」「总计」列", 61, 2), "2"),
                new Finding("T2-08", "表二占位符", Severity.WARNING, FindingStatus.FAILED, "格式模板",
                        "表二「规章」「本年制发件数」列填写了“/”，应填 0",
                        new Location(2, "表二", "regulation", "issued", "表二「规章」「本年制发件数」列", 32, null), "/"),
                new Finding("T4-03", "表四行政复议合计", Severity.ERROR, FindingStatus.UNCERTAIN, "格式模板",
                        "表四数值无法识别，无法核对行政复议总计", Location.document("表四"), "（无法识别）"),
                new Finding("TXT-04", "模板残留", Severity.WARNING, FindingStatus.FAILED, "实践",
                        "正文含模板占位“XX”，含 <script> 与 \"引号\", 逗号",
                        Location.ofLine(1, 12, null, "第一部分"), "本机关XX年=SUM(A1)"));
    }

    static CheckedReport report(String agency, int year, String file) throws Exception {
        Scorer scorer = new Scorer(new ScoringConfigReader().readFromRules(Path.of("rules")));
        List<Finding> f = findings();
        Score s = scorer.score(f, "abc123def456");
        return new CheckedReport(file, agency, year, facts(agency, year), f, s);
    }
}

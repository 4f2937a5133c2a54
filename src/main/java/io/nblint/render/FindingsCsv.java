package io.nblint.render;

import io.nblint.check.Finding;
import io.nblint.score.Deduction;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Findings list as CSV, one row per finding; the same columns for one report and for a whole batch. */
public final class FindingsCsv {
    public static final List<String> HEADER = List.of("机关", "年度", "文件", "严重程度", "规则编号", "规则名称", "结论",
            "位置", "问题说明", "原文", "依据", "扣分");

    private FindingsCsv() {
    }

    public static void header(CsvWriter csv) throws IOException {
        csv.row(HEADER);
    }

    /** Appends every finding of one report; safe to call from several threads on one shared writer. */
    public static void rows(CsvWriter csv, CheckedReport report) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Deduction d : report.score().deductions()) {
            rows.add(cells(report, d));
        }
        synchronized (csv) {
            for (List<Object> r : rows) csv.row(r);
        }
    }

    static List<Object> cells(CheckedReport report, Deduction d) {
        Finding f = d.finding();
        List<Object> row = new ArrayList<>();
        row.add(FindingText.nz(report.agency()));
        row.add(FindingText.nz(report.year()));
        row.add(report.file());
        row.add(f.severity().getLabel());
        row.add(f.ruleId());
        row.add(f.ruleName());
        row.add(f.status().getLabel());
        row.add(FindingText.location(f.location()));
        row.add(f.message());
        row.add(FindingText.nz(f.evidence()));
        row.add(f.basis());
        row.add(points(d.applied()));
        return row;
    }

    static String points(BigDecimal p) {
        BigDecimal t = p.stripTrailingZeros();
        return t.scale() <= 0 ? t.setScale(0).toPlainString() : t.toPlainString();
    }
}

package io.nblint.check;

import io.nblint.facts.CellState;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.OrganType;
import io.nblint.facts.Part;
import io.nblint.facts.Report;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.StatisticsPeriod;
import io.nblint.facts.Table2;
import io.nblint.facts.Table3;
import io.nblint.facts.Table3Cell;
import io.nblint.facts.Table4;
import io.nblint.facts.TableCell;
import io.nblint.facts.TableState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built facts for tests that must not depend on the reader and parser. */
public final class SampleFacts {
    private SampleFacts() {
    }

    /**
     * A 2023 report of 隆德县司法局 whose table 三 row R1 has natural 2, commercial 1, total 4
     * (sum is 3: one T3-05 finding) and whose row R3.7 total is unreadable (one 无法核对).
     */
    public static ReportFacts withWrongTotal(String source) {
        List<TableCell> cells = new ArrayList<>();
        cells.add(cell("R1", "natural", "自然人", "2", CellState.NUMBER, "2", 40));
        cells.add(cell("R1", "commercial", "商业企业", "1", CellState.NUMBER, "1", 40));
        cells.add(cell("R1", "total", "总计", "4", CellState.NUMBER, "4", 40));
        cells.add(cell("R3.7", "natural", "自然人", "", CellState.BLANK, null, 60));
        cells.add(cell("R3.7", "total", "总计", null, CellState.UNREADABLE, null, 60));
        return facts(source, 2023, LocalDate.of(2024, 1, 15), cells);
    }

    /** Same report with consistent table 三 cells: no ERROR findings. */
    public static ReportFacts clean(String source) {
        List<TableCell> cells = new ArrayList<>();
        cells.add(cell("R1", "natural", "自然人", "2", CellState.NUMBER, "2", 40));
        cells.add(cell("R1", "total", "总计", "2", CellState.NUMBER, "2", 40));
        return facts(source, 2023, LocalDate.of(2024, 1, 15), cells);
    }

    static ReportFacts facts(String source, Integer year, LocalDate published, List<TableCell> cells) {
        Report report = new Report(source, "隆德县司法局2023年政府信息公开工作年度报告", 2, "隆德县司法局", year,
                FormatVersion.V2021, published, published == null ? null : "2024年1月15日", 90, OrganType.DEPARTMENT,
                "根据《中华人民共和国政府信息公开条例》", 95);
        StatisticsPeriod period = new StatisticsPeriod("本报告统计数据从2023年1月1日至12月31日",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false, 5, null);
        Part part1 = new Part(1, "一", "一、总体情况", 0, "2023年，隆德县司法局坚持以人民为中心。", 7, 12, null);
        return new ReportFacts(report, period, List.of(part1),
                new Table2(FormatVersion.V2021, TableState.ABSENT, null, null, null, List.of()),
                new Table3(FormatVersion.V2021, TableState.PARTIAL, 38, 70, null, List.of("「（七）总计」行数值个数不符")),
                new Table4(FormatVersion.V2021, TableState.ABSENT, null, null, null, List.of()),
                cells, List.of(), List.of());
    }

    private static Table3Cell cell(String row, String column, String columnLabel, String raw, CellState state,
                                   String value, int line) {
        String rowLabel = row.equals("R1") ? "一、本年新收政府信息公开申请数量" : "（七）总计";
        return new Table3Cell(row, column, rowLabel, columnLabel, raw, state,
                value == null ? null : new BigDecimal(value), null, line, null);
    }
}

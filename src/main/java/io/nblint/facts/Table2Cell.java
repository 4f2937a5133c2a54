package io.nblint.facts;

import java.math.BigDecimal;

/** A cell of table 二. Rows: regulation 规章, normative 行政规范性文件 (2019: 规范性文件), license 行政许可, other_service 其他对外管理服务事项 (2019), penalty 行政处罚, coercion 行政强制, fee 行政事业性收费, procurement 政府集中采购 (2019). Columns: see rules/README.md. */
public class Table2Cell extends TableCell {
    public Table2Cell(String row, String column, String rowLabel, String columnLabel, String raw,
                      CellState state, BigDecimal value, String unit, Integer line, Integer page) {
        super(row, column, rowLabel, columnLabel, raw, state, value, unit, line, page);
    }

    @Override
    public String getTable() { return "表二"; }

    @Override
    public int getPart() { return 2; }
}

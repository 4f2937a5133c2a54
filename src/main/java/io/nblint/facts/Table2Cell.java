package io.nblint.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A cell of table 二. Rows: regulation 规章, normative 行政规范性文件 (2019: 规范性文件), license 行政许可, other_service 其他对外管理服务事项 (2019), penalty 行政处罚, coercion 行政强制, fee 行政事业性收费, procurement 政府集中采购 (2019). Columns: see rules/README.md. */
public class Table2Cell extends TableCell {
    public Table2Cell(String row, String column, String rowLabel, String columnLabel, String raw,
                      CellState state, BigDecimal value, String unit, Integer line, Integer page) {
        super(row, column, rowLabel, columnLabel, raw, state, value, unit, line, page);
    }

    /** Row key → its column keys, 2021 template (30号). */
    public static final Map<String, List<String>> KEYS_2021 = Map.of(
            "regulation", List.of("issued", "repealed", "valid"),
            "normative", List.of("issued", "repealed", "valid"),
            "license", List.of("decisions"),
            "penalty", List.of("decisions"),
            "coercion", List.of("decisions"),
            "fee", List.of("amount"));

    /** Row key → its column keys, 2019 试行 template (60号). */
    public static final Map<String, List<String>> KEYS_2019 = Map.of(
            "regulation", List.of("made", "published", "total_public"),
            "normative", List.of("made", "published", "total_public"),
            "license", List.of("prior_items", "delta", "decisions"),
            "other_service", List.of("prior_items", "delta", "decisions"),
            "penalty", List.of("prior_items", "delta", "decisions"),
            "coercion", List.of("prior_items", "delta", "decisions"),
            "fee", List.of("prior_items", "delta"),
            "procurement", List.of("procurement_items", "procurement_amount"));

    @Override
    public String getTable() { return "表二"; }

    @Override
    public boolean belongsTo(FormatVersion format) {
        Map<String, List<String>> keys = format == FormatVersion.V2021 ? KEYS_2021
                : format == FormatVersion.V2019 ? KEYS_2019 : null;
        if (keys == null) return true;
        List<String> columns = keys.get(getRow());
        return columns != null && columns.contains(getColumn());
    }

    @Override
    public int getPart() { return 2; }
}

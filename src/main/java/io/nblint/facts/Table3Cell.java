package io.nblint.facts;

import java.math.BigDecimal;

/** A cell of table 三. Rows R1 … R4 as in spec §2.2 (2019: R3.6 instead of R3.6.1–3). Columns: natural, commercial, research, nonprofit, legal, other, total (and subtotal where a local template adds one). */
public class Table3Cell extends TableCell {
    public Table3Cell(String row, String column, String rowLabel, String columnLabel, String raw,
                      CellState state, BigDecimal value, String unit, Integer line, Integer page) {
        super(row, column, rowLabel, columnLabel, raw, state, value, unit, line, page);
    }

    @Override
    public String getTable() { return "表三"; }

    /** 2019 试行 has the single row R3.6 （六）其他处理; 2021 has R3.6.1–R3.6.3 instead. */
    @Override
    public boolean belongsTo(FormatVersion format) {
        String row = getRow();
        if (format == FormatVersion.V2021) return !row.equals("R3.6");
        if (format == FormatVersion.V2019) return !row.startsWith("R3.6.");
        return true;
    }

    @Override
    public int getPart() { return 3; }
}

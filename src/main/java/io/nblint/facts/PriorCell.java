package io.nblint.facts;

import java.math.BigDecimal;

/**
 * A table cell of the previous year's report ({@link PriorReport}), same keys as the current
 * report's {@link TableCell}s, so a rule joins them on row and column. Only the values are kept:
 * a finding is always located in the current report.
 */
public abstract class PriorCell {
    private final String row;
    private final String column;
    private final String label;
    private final CellState state;
    private final BigDecimal value;
    private final String raw;
    private final int year;

    protected PriorCell(TableCell cell, int year) {
        this.row = cell.getRow();
        this.column = cell.getColumn();
        this.label = cell.getLabel();
        this.state = cell.getState();
        this.value = cell.getValue();
        this.raw = cell.getEvidence();
        this.year = year;
    }

    public String getRow() { return row; }

    public String getColumn() { return column; }

    /** "表三「四、结转下年度继续办理」「总计」列". */
    public String getLabel() { return label; }

    public CellState getState() { return state; }

    public BigDecimal getValue() { return value; }

    /** The cell as written in the prior report ("（空白）" for a blank). */
    public String getRaw() { return raw; }

    /** The prior report's year. */
    public int getYear() { return year; }

    public boolean isReadable() { return state.isReadable(); }

    /** As {@link TableCell#getCount()}: blanks and placeholders 0. */
    public long getCount() {
        if (state == CellState.NUMBER) return value.longValue();
        return 0L;
    }
}

package io.nblint.facts;

import java.math.BigDecimal;

/**
 * One numeric cell of table 二, 三 or 四, addressed by canonical row and column keys
 * (listed in rules/README.md). Every cell the template defines is inserted, including
 * MISSING ones, so a rule never has to ask whether a cell exists.
 */
public abstract class TableCell implements Locatable {
    private final String row;
    private final String column;
    private final String rowLabel;
    private final String columnLabel;
    private final String raw;
    private final CellState state;
    private final BigDecimal value;
    private final String unit;
    private final Integer line;
    private final Integer page;

    protected TableCell(String row, String column, String rowLabel, String columnLabel, String raw,
                        CellState state, BigDecimal value, String unit, Integer line, Integer page) {
        this.row = row;
        this.column = column;
        this.rowLabel = rowLabel;
        this.columnLabel = columnLabel;
        this.raw = raw;
        this.state = state;
        this.value = value;
        this.unit = unit;
        this.line = line;
        this.page = page;
    }

    /** "表二", "表三" or "表四". */
    public abstract String getTable();

    public abstract int getPart();

    /** Canonical row key, e.g. "R3.3.1" (table 三), "normative" (table 二), "review" (table 四). */
    public String getRow() { return row; }

    /** Canonical column key, e.g. "natural", "total", "issued", "upheld". */
    public String getColumn() { return column; }

    /** Canonical Chinese row label, e.g. "（三）不予公开 1.属于国家秘密". */
    public String getRowLabel() { return rowLabel; }

    /** Canonical Chinese column label, e.g. "自然人", "总计". */
    public String getColumnLabel() { return columnLabel; }

    /** The cell as written (trimmed); empty for a blank cell, null when MISSING or UNREADABLE. */
    public String getRaw() { return raw; }

    public CellState getState() { return state; }

    /** The number written, exactly; null unless state is NUMBER. */
    public BigDecimal getValue() { return value; }

    /** Unit written inside the cell ("万元", "元", "件"), or null. */
    public String getUnit() { return unit; }

    /** True when usable in arithmetic: a number, a blank or a placeholder. */
    public boolean isReadable() { return state.isReadable(); }

    public boolean isBlank() { return state == CellState.BLANK; }

    public boolean isPlaceholder() { return state == CellState.PLACEHOLDER; }

    /** Value for arithmetic: the number, 0 for blank and placeholders, null when not readable. */
    public BigDecimal getArithmetic() {
        if (state == CellState.NUMBER) return value;
        return state.isReadable() ? BigDecimal.ZERO : null;
    }

    /**
     * The value as a count for sums in rules ({@code sum($c.count)}): whole numbers as they are,
     * blank and placeholders 0. Fractions are truncated here; the non-negative-integer rules
     * report them separately, and rules must check {@link #isReadable()} first.
     */
    public long getCount() {
        BigDecimal a = getArithmetic();
        return a == null ? 0L : a.longValue();
    }

    /** True for a NUMBER with no fractional part. */
    public boolean isInteger() {
        return value != null && value.stripTrailingZeros().scale() <= 0;
    }

    public boolean isNegative() { return value != null && value.signum() < 0; }

    /**
     * True when the template {@code format} has this cell. Rules use it so that a row of the other
     * template (R3.6 in a 2021 table, R3.6.1–3 in a 2019 table) never enters an identity even if a
     * parser inserted it as MISSING. UNKNOWN, MIXED and LEGACY accept every cell.
     */
    public boolean belongsTo(FormatVersion format) { return true; }

    public Integer getLine() { return line; }

    public Integer getPage() { return page; }

    /** "表三「（七）总计」行「自然人」列". */
    public String getLabel() {
        return getTable() + "「" + rowLabel + "」" + (columnLabel == null || columnLabel.isEmpty() ? "" : "「" + columnLabel + "」列");
    }

    @Override
    public Location getLocation() {
        return new Location(getPart(), getTable(), row, column, getLabel(), line, page);
    }

    @Override
    public String getEvidence() {
        return switch (state) {
            case BLANK -> "（空白）";
            case MISSING -> "（缺失）";
            case UNREADABLE -> "（无法识别）";
            default -> raw;
        };
    }

    @Override
    public String toString() { return getLabel() + "=" + getEvidence() + "[" + state + "]"; }
}

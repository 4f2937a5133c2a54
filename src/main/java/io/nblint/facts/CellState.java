package io.nblint.facts;

/**
 * How a numeric table cell was written. Blank, "/" and "0" are kept apart: the spec (§2.4) treats
 * blanks and placeholders as 0 for arithmetic but reports them, while an unreadable cell must
 * make the identities that use it "could not check", never a false arithmetic error.
 */
public enum CellState {
    /** A number was read (possibly with a unit such as 万元 or 件, full-width digits normalised). */
    NUMBER,
    /** The cell exists and is empty. */
    BLANK,
    /** "/", "-", "—", "无", "\" and similar stand-ins for zero. */
    PLACEHOLDER,
    /** The cell holds text that is not a number ("见附件", "若干"). */
    TEXT,
    /** The cell could not be located reliably (misaligned row, ambiguous blank, table not parsed). */
    UNREADABLE,
    /** The row or column holding this cell is not in the table at all. */
    MISSING;

    /** True when the value can be used in arithmetic (blank and placeholders count as 0). */
    public boolean isReadable() {
        return this == NUMBER || this == BLANK || this == PLACEHOLDER;
    }
}

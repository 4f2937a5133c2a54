package io.nblint.facts;

/** A table 二 cell of the previous year's report; keys as {@link Table2Cell}. */
public class PriorTable2Cell extends PriorCell {
    public PriorTable2Cell(Table2Cell cell, int year) {
        super(cell, year);
    }
}

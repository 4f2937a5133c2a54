package io.nblint.facts;

/** A table 三 cell of the previous year's report; keys as {@link Table3Cell}. */
public class PriorTable3Cell extends PriorCell {
    public PriorTable3Cell(Table3Cell cell, int year) {
        super(cell, year);
    }
}

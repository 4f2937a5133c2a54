package io.nblint.facts;

import java.util.List;

/**
 * One of the three statistical tables as a whole. One fact per table is always inserted
 * (state ABSENT when the report has none), so rules can speak about missing tables.
 * Its cells are separate facts ({@link Table2Cell}, {@link Table3Cell}, {@link Table4Cell}).
 */
public abstract class Table implements Locatable {
    private final FormatVersion format;
    private final TableState state;
    private final Integer startLine;
    private final Integer endLine;
    private final Integer page;
    private final List<String> problems;

    protected Table(FormatVersion format, TableState state, Integer startLine, Integer endLine, Integer page, List<String> problems) {
        this.format = format;
        this.state = state;
        this.startLine = startLine;
        this.endLine = endLine;
        this.page = page;
        this.problems = List.copyOf(problems);
    }

    /** "表二", "表三" or "表四", as used in messages. */
    public abstract String getName();

    /** Canonical part the table belongs to (2, 3 or 4). */
    public abstract int getPart();

    /** Template the labels follow: V2021, V2019, or UNKNOWN if the labels told neither. */
    public FormatVersion getFormat() { return format; }

    public TableState getState() { return state; }

    public boolean isPresent() { return state != TableState.ABSENT; }

    /** True when every cell could be located (READ). */
    public boolean isFullyRead() { return state == TableState.READ; }

    public Integer getStartLine() { return startLine; }

    public Integer getEndLine() { return endLine; }

    public Integer getPage() { return page; }

    /** Why cells could not be read, in Chinese, one entry per problem (e.g. "「3.其他」行数值个数不符"). */
    public List<String> getProblems() { return problems; }

    @Override
    public Location getLocation() {
        return new Location(getPart(), getName(), null, null, getName(), startLine, page);
    }

    @Override
    public String getEvidence() { return String.join("；", problems); }
}

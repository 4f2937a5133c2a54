package io.nblint.facts;

import java.time.LocalDate;

/**
 * The 统计期限 sentence of the report ("本报告统计数据从2023年1月1日至12月31日").
 * Inserted only when the report states one; an end written without a year ("至12月31日")
 * takes the start's year, as readers do.
 */
public class StatisticsPeriod implements Locatable {
    private final String text;
    private final LocalDate start;
    private final LocalDate end;
    private final boolean endYearWritten;
    private final int line;
    private final Integer page;

    public StatisticsPeriod(String text, LocalDate start, LocalDate end, boolean endYearWritten, int line, Integer page) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.endYearWritten = endYearWritten;
        this.line = line;
        this.page = page;
    }

    /** The sentence that states the period, as written. */
    public String getText() { return text; }

    public LocalDate getStart() { return start; }

    public LocalDate getEnd() { return end; }

    public int getStartYear() { return start.getYear(); }

    public int getEndYear() { return end.getYear(); }

    /** False when the end date was written without a year and took the start's year. */
    public boolean isEndYearWritten() { return endYearWritten; }

    public int getLine() { return line; }

    /** True for a calendar year: Y-01-01 to Y-12-31 of one and the same Y. */
    public boolean isCalendarYear() {
        return start.getYear() == end.getYear() && start.getMonthValue() == 1 && start.getDayOfMonth() == 1
                && end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
    }

    @Override
    public Location getLocation() { return Location.ofLine(null, line, page, "统计期限"); }

    @Override
    public String getEvidence() { return text; }
}

package io.nblint.facts;

import java.time.LocalDate;

/**
 * When and by what kind of organ the report was published, for the deadline rules (rules/dates).
 * The batch manifest wins over what the report says: a clerk's record of the publication date is
 * more reliable than the date printed at the end of the report (often the signing date, or absent).
 */
public class Publication implements Locatable {
    private final Integer year;
    private final LocalDate date;
    private final String dateSource;
    private final String dateText;
    private final OrganType organType;
    private final String organTypeSource;
    private final Integer line;

    public Publication(Integer year, LocalDate date, String dateSource, String dateText, OrganType organType,
                       String organTypeSource, Integer line) {
        this.year = year;
        this.date = date;
        this.dateSource = dateSource;
        this.dateText = dateText;
        this.organType = organType == null ? OrganType.UNKNOWN : organType;
        this.organTypeSource = organTypeSource;
        this.line = line;
    }

    /** Report year Y (from the title); null when unknown. */
    public Integer getYear() { return year; }

    /** Publication date, null when neither the manifest nor the report gives one. */
    public LocalDate getDate() { return date; }

    /** "批次清单" or "报告落款", null when no date. */
    public String getDateSource() { return dateSource; }

    public String getDateText() { return dateText; }

    /** Organ type, never null (UNKNOWN when it cannot be told). */
    public OrganType getOrganType() { return organType; }

    /** "批次清单" or "机关名称". */
    public String getOrganTypeSource() { return organTypeSource; }

    /** "2025年1月20日". */
    public String getDateLabel() {
        return date == null ? "（未知）" : DeadlineCalendar.label(date);
    }

    @Override
    public Location getLocation() {
        return "批次清单".equals(dateSource) ? Location.document("发布日期（批次清单）")
                : new Location(null, null, null, null, "落款日期", line, null);
    }

    @Override
    public String getEvidence() { return dateText; }
}

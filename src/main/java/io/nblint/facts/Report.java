package io.nblint.facts;

import java.time.LocalDate;

/**
 * One annual report as a whole. Exactly one per check. Fields the parser could not find are null
 * (never guessed), so rules can tell "not stated" from a wrong value.
 */
public class Report implements Locatable {
    private final String source;
    private final String title;
    private final Integer titleLine;
    private final String agency;
    private final Integer year;
    private final FormatVersion formatVersion;
    private final LocalDate publicationDate;
    private final String publicationDateText;
    private final Integer publicationDateLine;
    private final OrganType organType;
    private final String intro;
    private final int lineCount;

    public Report(String source, String title, Integer titleLine, String agency, Integer year,
                  FormatVersion formatVersion, LocalDate publicationDate, String publicationDateText,
                  Integer publicationDateLine, OrganType organType, String intro, int lineCount) {
        this.source = source;
        this.title = title;
        this.titleLine = titleLine;
        this.agency = agency;
        this.year = year;
        this.formatVersion = formatVersion;
        this.publicationDate = publicationDate;
        this.publicationDateText = publicationDateText;
        this.publicationDateLine = publicationDateLine;
        this.organType = organType;
        this.intro = intro;
        this.lineCount = lineCount;
    }

    /** File name the report was read from. */
    public String getSource() { return source; }

    /** Title as written, wrapped lines joined, e.g. "隆德县司法局2023年政府信息公开工作年度报告"; null if none found. */
    public String getTitle() { return title; }

    public Integer getTitleLine() { return titleLine; }

    /** Organ name taken from the title (text before "YYYY年"), e.g. "隆德县司法局"; null if the title has none. */
    public String getAgency() { return agency; }

    /** Report year Y: the year the data covers, from the title; null when the title states none. */
    public Integer getYear() { return year; }

    /** Template the tables follow, detected from their labels (not from the year). */
    public FormatVersion getFormatVersion() { return formatVersion; }

    /** The template the year requires ({@link FormatVersion#requiredFor}); null when the year is unknown. */
    public FormatVersion getRequiredFormat() { return year == null ? null : FormatVersion.requiredFor(year); }

    /** Publication or signature date (the dated line at the end of the report); null if absent. */
    public LocalDate getPublicationDate() { return publicationDate; }

    public String getPublicationDateText() { return publicationDateText; }

    public Integer getPublicationDateLine() { return publicationDateLine; }

    /** Organ kind guessed from the agency name; decides the deadline. */
    public OrganType getOrganType() { return organType; }

    /** The opening paragraph(s) before part 一, joined; empty string if none. */
    public String getIntro() { return intro; }

    public int getLineCount() { return lineCount; }

    @Override
    public Location getLocation() {
        return new Location(null, null, null, null, "标题", titleLine, null);
    }

    @Override
    public String getEvidence() { return title; }
}

package io.nblint.facts;

/**
 * The same agency's report for the previous year, found in the same batch. Inserted (at most one)
 * next to the current report's facts so cross-year rules (rules/table3/T3-06.drl, rules/table2/T2-07.drl, rules/text/TXT-01.drl) can compare; its cells
 * come as {@link PriorTable2Cell} and {@link PriorTable3Cell} facts, its text as a {@link TextSimilarity}.
 */
public class PriorReport implements Locatable {
    private final String agency;
    private final int year;
    private final String source;
    private final FormatVersion formatVersion;

    public PriorReport(String agency, int year, String source, FormatVersion formatVersion) {
        this.agency = agency;
        this.year = year;
        this.source = source;
        this.formatVersion = formatVersion;
    }

    /** Agency as written in the prior report's title. */
    public String getAgency() { return agency; }

    /** Its report year (the current year − 1). */
    public int getYear() { return year; }

    /** File it was read from, for messages. */
    public String getSource() { return source; }

    public FormatVersion getFormatVersion() { return formatVersion; }

    @Override
    public Location getLocation() { return Location.document("上年度报告（" + source + "）"); }

    @Override
    public String getEvidence() { return agency + year + "年年度报告"; }
}

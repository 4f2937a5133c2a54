package io.nblint.facts;

/**
 * Which national template a report (or one of its tables) follows.
 * See shared spec §0.1: the year the data covers decides which one is required.
 */
public enum FormatVersion {
    /** 《年度报告格式》国办公开办函〔2021〕30号, required from the 2021 report on. */
    V2021("2021年版格式（国办公开办函〔2021〕30号）"),
    /** 《年度报告格式（试行）》国办公开办函〔2019〕60号, for the 2019 and 2020 reports. */
    V2019("2019年试行格式（国办公开办函〔2019〕60号）"),
    /** Reports for 2018 and earlier: six statutory items, no national tables. */
    LEGACY("2008年条例时期格式（无统一表格）"),
    /** Tables of both templates in one report. */
    MIXED("混用2019年与2021年格式"),
    /** No table could be recognised, so the version cannot be told. */
    UNKNOWN("无法判断");

    private final String label;

    FormatVersion(String label) { this.label = label; }

    public String getLabel() { return label; }

    /** The version the report for data year {@code year} must follow. */
    public static FormatVersion requiredFor(int year) {
        if (year >= 2021) return V2021;
        if (year >= 2019) return V2019;
        return LEGACY;
    }
}

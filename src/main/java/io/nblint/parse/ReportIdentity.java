package io.nblint.parse;

/**
 * Who a report is from and which year it covers, as its title states them; any part may be null.
 * The same values as {@link io.nblint.facts.Report#getTitle()}, {@code getAgency()} and {@code getYear()}.
 */
public record ReportIdentity(String title, String agency, Integer year) {
    /** A report without a recognisable title. */
    public static final ReportIdentity NONE = new ReportIdentity(null, null, null);
}

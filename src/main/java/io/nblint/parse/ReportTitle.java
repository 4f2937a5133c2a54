package io.nblint.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's title and what it says: the organ and the year Y the data covers.
 *
 * @param text      title as written, wrapped lines joined without separator
 * @param firstLine index (in the line list) of the title's first line
 * @param lastLine  index of its last line
 * @param lineNumber 1-based line number of the first line
 * @param agency    organ name, or null when the title names none
 * @param year      report year, or null when the title states none
 */
record ReportTitle(String text, int firstLine, int lastLine, int lineNumber, String agency, Integer year) {

    private static final Pattern YEAR = Pattern.compile("(?<y>" + DateScanner.YEAR + ")年(?<du>度)?");
    /** Where the organ name ends when it follows the year ("2023年度XX局政府信息公开工作年度报告"). */
    private static final Pattern SUBJECT = Pattern.compile("政府信息公开|政务信息公开|政务公开|信息公开|工作年度报告|年度报告");

    static ReportTitle of(String text, int firstLine, int lastLine, int lineNumber) {
        String compact = Halfwidth.compact(text);
        Integer year = null;
        String agency;
        Matcher m = YEAR.matcher(compact);
        if (m.find()) {
            Integer y = ChineseNumerals.parse(m.group("y"));
            if (y != null && y >= 1990 && y <= 2100) year = y;
            agency = clean(compact.substring(0, m.start()));
            if (agency == null) agency = clean(beforeSubject(compact.substring(m.end())));
        } else {
            agency = clean(beforeSubject(compact));
        }
        return new ReportTitle(text, firstLine, lastLine, lineNumber, agency, year);
    }

    /** True when the title names both an organ and a year: no need to join a line from above. */
    boolean complete() {
        return agency != null && year != null;
    }

    private static String beforeSubject(String s) {
        Matcher m = SUBJECT.matcher(s);
        return m.find() ? s.substring(0, m.start()) : "";
    }

    private static String clean(String s) {
        String c = s.replaceAll("[《》〈〉<>\"“”'‘’\\s]", "");
        return c.isEmpty() ? null : c;
    }
}

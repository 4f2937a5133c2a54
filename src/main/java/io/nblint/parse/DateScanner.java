package io.nblint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a line of text, in the ways reports write them: Arabic or Chinese numerals with
 * 年月日 (spaces allowed between the parts, "2024 年 1 月 1 日"), month and day without a year,
 * and numeric forms with "-", "/" or "." ("2024-01-11").
 */
final class DateScanner {
    static final String YEAR = "(?:\\d{4}|[〇○◯零一二三四五六七八九]{4})";
    private static final String MD = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:(?<y>" + YEAR + ")\\s*年\\s*)?(?<m>" + MD + ")\\s*月\\s*(?<d>" + MD + ")\\s*[日号]"
                    + "|(?<!\\d)(?<ny>\\d{4})\\s*(?<sep>[-/.])\\s*(?<nm>\\d{1,2})\\s*\\k<sep>\\s*(?<nd>\\d{1,2})(?!\\d)");

    private DateScanner() {
    }

    /** Every date in {@code text}, left to right; impossible months or days are skipped. */
    static List<DateMention> scan(String text) {
        // The pattern is tried at every position of a line; most lines hold no date at all.
        if (!mayHoldDate(text)) return List.of();
        String folded = Halfwidth.fold(text);
        List<DateMention> found = new ArrayList<>();
        Matcher m = DATE.matcher(folded);
        while (m.find()) {
            Integer year;
            Integer month;
            Integer day;
            if (m.group("m") != null) {
                year = m.group("y") == null ? null : ChineseNumerals.parse(m.group("y"));
                month = ChineseNumerals.parse(m.group("m"));
                day = ChineseNumerals.parse(m.group("d"));
            } else {
                year = Integer.valueOf(m.group("ny"));
                month = Integer.valueOf(m.group("nm"));
                day = Integer.valueOf(m.group("nd"));
            }
            if (month == null || day == null || month < 1 || month > 12 || day < 1 || day > 31) continue;
            found.add(new DateMention(m.start(), m.end(), year, month, day));
        }
        return found;
    }

    /** Every date form has 月 or a separator (-, /, . in either width). */
    private static boolean mayHoldDate(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '月', '-', '/', '.', '－', '／', '．':
                    return true;
                default:
            }
        }
        return false;
    }
}

package io.nblint.parse;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as written in a line: "2023年1月1日", "12月31日" (no year), "二〇二四年一月十一日", "2024-01-11".
 * Offsets refer to the line the scanner was given.
 *
 * @param year null when the date was written without a year
 */
record DateMention(int start, int end, Integer year, int month, int day) {

    boolean hasYear() {
        return year != null;
    }

    /** The calendar date, taking {@code defaultYear} when none was written; null if no such day exists. */
    LocalDate toDate(Integer defaultYear) {
        Integer y = year != null ? year : defaultYear;
        if (y == null) return null;
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

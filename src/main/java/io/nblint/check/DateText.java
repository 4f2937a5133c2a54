package io.nblint.check;

import java.time.LocalDate;

/** Dates as clerks write them in rule messages: "2023年12月31日". */
public final class DateText {
    private DateText() {
    }

    public static String of(LocalDate d) {
        return d == null ? "（未写明）" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}

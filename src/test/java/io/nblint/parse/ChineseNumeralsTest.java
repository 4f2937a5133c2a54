package io.nblint.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseNumeralsTest {
    @Test
    void numerals() {
        assertEquals(2023, ChineseNumerals.parse("二〇二三"));
        assertEquals(2023, ChineseNumerals.parse("二○二三"));
        assertEquals(2024, ChineseNumerals.parse("二零二四"));
        assertEquals(10, ChineseNumerals.parse("十"));
        assertEquals(12, ChineseNumerals.parse("十二"));
        assertEquals(20, ChineseNumerals.parse("二十"));
        assertEquals(31, ChineseNumerals.parse("三十一"));
        assertEquals(7, ChineseNumerals.parse("07"));
        assertNull(ChineseNumerals.parse("十十"));
        assertNull(ChineseNumerals.parse("是"));
    }

    @Test
    void datesInALine() {
        List<DateMention> d = DateScanner.scan("自２０２３年 1 月 1 日起至十二月三十一日止，另2月30日不存在，2024/1/11");
        assertEquals(4, d.size());
        assertEquals(2023, d.get(0).year());
        assertNull(d.get(1).year());
        assertEquals(12, d.get(1).month());
        assertEquals(31, d.get(1).day());
        assertNull(d.get(2).toDate(2023), "2月30日 is no calendar day");
        assertEquals(java.time.LocalDate.of(2024, 1, 11), d.get(3).toDate(null));
    }
}

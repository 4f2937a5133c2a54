package io.nblint.parse;

/**
 * Reads the numbers Chinese reports write in words: years digit by digit ("二〇二三", "二○二三"),
 * months and days with 十 ("十二", "三十一"), part numerals ("一" … "十"). Arabic digits pass through.
 */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Value of one digit character (Chinese or Arabic), or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c == '○' || c == '◯' || c == '零') return 0;
        if (c == '两') return 2;
        return DIGITS.indexOf(c);
    }

    /**
     * Parses "2023", "二〇二三" (digit by digit), "十二", "三十一", "十" (positional with 十).
     * Returns null for anything else.
     */
    static Integer parse(String s) {
        if (s == null || s.isEmpty()) return null;
        int ten = s.indexOf('十');
        if (ten < 0) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) return null;
                v = v * 10 + d;
            }
            return v;
        }
        if (s.indexOf('十', ten + 1) >= 0 || s.length() > 3) return null;
        int tens = 1;
        if (ten == 1) {
            tens = digit(s.charAt(0));
            if (tens <= 0) return null;
        } else if (ten != 0) {
            return null;
        }
        int units = 0;
        if (ten + 1 < s.length()) {
            if (ten + 2 != s.length()) return null;
            units = digit(s.charAt(ten + 1));
            if (units <= 0) return null;
        }
        return tens * 10 + units;
    }
}

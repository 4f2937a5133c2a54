package io.nblint.parse;

/**
 * A line that reads as the heading of one of the six parts.
 *
 * @param index        position of the line in the document's line list
 * @param number       canonical part number 1…6, from the wording
 * @param numeral      numeral as written ("一", "1"), empty when the heading has none
 * @param numeralValue value of that numeral, or null when there is none
 * @param chinese      true when the numeral is written in Chinese (一、) rather than Arabic (1、)
 * @param strict       true when the wording is a full title or a known variant, false for short forms
 *                     ("主动公开情况") that only count when the numeral agrees
 * @param heading      the heading as written (up to the first 。or ：when body text follows on the line)
 * @param trailing     body text written on the heading line after the heading, or empty
 * @param wrapped      true when the heading ran on to the next line, which then belongs to the heading
 */
record PartHeading(int index, int number, String numeral, Integer numeralValue, boolean chinese, boolean strict,
                   String heading, String trailing, boolean wrapped) {

    /** True when the written numeral matches the canonical number the wording gives. */
    boolean numeralAgrees() {
        return numeralValue != null && numeralValue == number;
    }
}

package io.nblint.parse;

import java.math.BigDecimal;

/** Turns a written amount into 元: "400" 元, "0.04" 万元 → 400, "1,200" → 1200. */
final class Amounts {
    private Amounts() {
    }

    static BigDecimal yuan(String number, String unit) {
        BigDecimal v = new BigDecimal(number.replace(",", "").replace("，", ""));
        if (unit != null && unit.startsWith("万")) v = v.multiply(BigDecimal.valueOf(10000));
        return v.stripTrailingZeros().scale() <= 0 ? v.setScale(0, java.math.RoundingMode.UNNECESSARY) : v;
    }
}

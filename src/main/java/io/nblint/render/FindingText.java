package io.nblint.render;

import io.nblint.facts.Location;

/** How a finding's location is written for people, the same in every export. */
final class FindingText {
    private static final String NUMERALS = "一二三四五六";

    private FindingText() {
    }

    /** "第三部分 · 表三「（七）总计」「自然人」列 · 第2页第41行". */
    static String location(Location l) {
        if (l == null) return "";
        StringBuilder b = new StringBuilder();
        if (l.part() != null && l.part() >= 1 && l.part() <= 6) b.append("第").append(NUMERALS.charAt(l.part() - 1)).append("部分");
        if (l.label() != null && !l.label().isBlank() && !l.label().equals(b.toString())) {
            if (b.length() > 0) b.append(" · ");
            b.append(l.label());
        }
        String pl = (l.page() != null ? "第" + l.page() + "页" : "") + (l.line() != null ? "第" + l.line() + "行" : "");
        if (!pl.isEmpty()) {
            if (b.length() > 0) b.append(" · ");
            b.append(pl);
        }
        return b.toString();
    }

    static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}

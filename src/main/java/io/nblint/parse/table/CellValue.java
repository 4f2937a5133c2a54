package io.nblint.parse.table;

import io.nblint.read.CellSpaces;

import io.nblint.facts.CellState;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one table cell says: a number (with an optional unit such as 万元 or 件), a stand-in for
 * zero ("/", "—", "无"), nothing, or other text. The raw text is kept for evidence.
 *
 * @param raw   the cell as written, trimmed
 * @param state NUMBER, BLANK, PLACEHOLDER or TEXT
 * @param value the number when NUMBER, else null
 * @param unit  the unit written in the cell, or null
 */
public record CellValue(String raw, CellState state, BigDecimal value, String unit) {
    private static final Pattern NUMBER = Pattern.compile(
            "^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|亿元|千元|元|件|个|项|次|条|篇|家|人|宗|起)?$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:[/\\\\\\-—–_~]+|无|空|暂无)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    /** Labels and the usual "/" or "0 件" recur in every report; the slow path below runs once for each. */
    private static final PureMemo<CellValue> NOT_PLAIN_DIGITS = new PureMemo<>(CellValue::read, 20_000);

    public static CellValue of(String text) {
        String raw = text == null ? "" : CellSpaces.trim(text.replace("&nbsp;", " "));
        if (raw.isEmpty()) return new CellValue(raw, CellState.BLANK, null, null);
        // Most cells are a few ASCII digits: skip normalisation and regexes (this runs for every cell of every report).
        if (raw.length() <= 9 && allAsciiDigits(raw)) {
            return new CellValue(raw, CellState.NUMBER, BigDecimal.valueOf(Long.parseLong(raw)), null);
        }
        return NOT_PLAIN_DIGITS.apply(raw);
    }

    private static CellValue read(String raw) {
        String t = Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replace('\u2212', '-').replace('\uFE63', '-').replace('\uFF0D', '-');
        t = SPACES.matcher(t).replaceAll("");
        if (PLACEHOLDER.matcher(t).matches()) return new CellValue(raw, CellState.PLACEHOLDER, null, null);
        Matcher m = NUMBER.matcher(t);
        if (m.matches()) {
            String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
            BigDecimal v = new BigDecimal(digits);
            if ("-".equals(m.group(1))) v = v.negate();
            return new CellValue(raw, CellState.NUMBER, v, m.group(4));
        }
        return new CellValue(raw, CellState.TEXT, null, null);
    }

    /** True for a number or a placeholder: something that fills a value cell. */
    public boolean isValue() {
        return state == CellState.NUMBER || state == CellState.PLACEHOLDER;
    }

    public boolean isBlank() {
        return state == CellState.BLANK;
    }

    private static boolean allAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

}

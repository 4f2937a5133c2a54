package io.nblint.parse;

/**
 * Folds full-width ASCII forms (０-９, （）, ：, ．, ～) and the ideographic space to their half-width
 * forms, one character for one, so that offsets found in the folded text are valid in the original.
 * Reports mix both widths freely ("２０２３年", "（一）" next to "(一)"), and matching must not care.
 */
final class Halfwidth {
    private Halfwidth() {
    }

    static String fold(String s) {
        int i = 0;
        // Most lines need no folding: return them as they are rather than copy them (hot: every finder folds).
        while (i < s.length() && !folds(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i);
        for (; i < s.length(); i++) b.append(fold(s.charAt(i)));
        return b.toString();
    }

    /** Folded, with all whitespace and markdown emphasis ("**") removed: for matching wording only. */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c == ' ' || (c >= '\t' && c <= '\r')) continue; // the characters of the regex \s
            if (c == '*' && i + 1 < s.length() && fold(s.charAt(i + 1)) == '*') {
                i++;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean folds(char c) {
        return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000' || c == '\u00A0';
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        if (c == '\u3000' || c == '\u00A0') return ' ';
        return c;
    }
}

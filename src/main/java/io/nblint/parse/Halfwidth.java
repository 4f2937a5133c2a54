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
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') b.append((char) (c - 0xFEE0));
            else if (c == '\u3000' || c == '\u00A0') b.append(' ');
            else b.append(c);
        }
        return b.toString();
    }

    /** Folded, with all whitespace and markdown emphasis ("**") removed: for matching wording only. */
    static String compact(String s) {
        return fold(s).replace("**", "").replaceAll("\\s+", "");
    }
}

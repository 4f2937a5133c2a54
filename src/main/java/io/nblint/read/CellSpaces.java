package io.nblint.read;

/**
 * Whitespace as report cells have it: besides ordinary spaces, Word and WPS exports leave no-break
 * spaces, ideographic spaces (U+3000), zero-width spaces and stray BOMs, and String.trim() keeps them.
 */
public final class CellSpaces {
    private CellSpaces() {
    }

    public static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) b++;
        while (e > b && isSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }
}

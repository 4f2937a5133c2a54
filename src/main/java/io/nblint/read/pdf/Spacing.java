package io.nblint.read.pdf;

/**
 * Where a space belongs when pieces of Chinese text are put back together. Chinese has no spaces
 * between characters, so gaps between two Chinese characters (justified or letter-spaced layout)
 * and line wraps inside a word are joined directly; a gap next to a Latin letter or digit
 * ("2024 年", "第 711 号") keeps one space, as the report's author typed it.
 */
final class Spacing {
    private Spacing() {
    }

    /** True for CJK ideographs and full-width punctuation: characters that never take spaces. */
    static boolean isWide(int cp) {
        return cp >= 0x2E80 && cp <= 0x9FFF
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFFEF
                || cp >= 0x2000 && cp <= 0x206F
                || cp >= 0x20000;
    }

    static boolean isWidePunctuation(int cp) {
        return cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0x2000 && cp <= 0x206F
                || cp >= 0xFF00 && cp <= 0xFF0F || cp >= 0xFF1A && cp <= 0xFF20
                || cp >= 0xFF3B && cp <= 0xFF40 || cp >= 0xFF5B && cp <= 0xFF65;
    }

    /** Whether a visible gap (or a printed space) between two characters on one line stands for a space. */
    static boolean gapIsSpace(String before, String after, float gap, float em, boolean spaceGlyph) {
        if (before.isEmpty() || after.isEmpty()) return false;
        int a = before.codePointBefore(before.length());
        int b = after.codePointAt(0);
        if (isWidePunctuation(a) || isWidePunctuation(b) || isWide(a) && isWide(b)) return false;
        if (spaceGlyph) return true;
        // WPS sets the half-width space between a number and a Chinese character as a ~0.2 em gap;
        // between two Latin characters a space is wider than any tracking.
        return gap > em * (isWide(a) || isWide(b) ? 0.15f : 0.25f);
    }

    /** Joins two visual lines of one paragraph or cell: directly, or with a space between Latin words. */
    static void appendWrapped(StringBuilder text, String next) {
        if (next.isEmpty()) return;
        if (text.length() > 0) {
            int a = text.codePointBefore(text.length());
            int b = next.codePointAt(0);
            if (Character.isLetterOrDigit(a) && !isWide(a) && Character.isLetterOrDigit(b) && !isWide(b)) text.append(' ');
        }
        text.append(next);
    }
}

package io.nblint.render;

/**
 * Terminal column widths: CJK ideographs, kana, hangul and full-width forms take two columns,
 * combining marks and control characters none, everything else one (East Asian Width W/F).
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(String text) {
        if (text == null) return 0;
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int cp) {
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115f)
                || (cp >= 0x2e80 && cp <= 0x303e)
                || (cp >= 0x3041 && cp <= 0x33ff)
                || (cp >= 0x3400 && cp <= 0x4dbf)
                || (cp >= 0x4e00 && cp <= 0x9fff)
                || (cp >= 0xa000 && cp <= 0xa4cf)
                || (cp >= 0xac00 && cp <= 0xd7a3)
                || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe30 && cp <= 0xfe4f)
                || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x1f300 && cp <= 0x1f64f)
                || (cp >= 0x20000 && cp <= 0x3fffd);
    }

    /** {@code text} followed by spaces up to {@code columns} display columns (never cut). */
    public static String pad(String text, int columns) {
        String t = text == null ? "" : text;
        int missing = columns - of(t);
        return missing <= 0 ? t : t + " ".repeat(missing);
    }
}

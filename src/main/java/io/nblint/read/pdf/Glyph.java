package io.nblint.read.pdf;

/**
 * One printed character with its position on the page, in points from the top-left corner of the
 * crop box (y grows downwards, like reading).
 *
 * @param page     1-based page
 * @param x        left edge
 * @param baseline baseline y
 * @param width    advance width
 * @param size     font size in points (used as the "em" for gaps and line spacing)
 * @param text     the character(s)
 */
record Glyph(int page, float x, float baseline, float width, float size, String text) {
    boolean isSpace() {
        return text.isBlank();
    }

    float right() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    /** Roughly the middle of the glyph's ink: the baseline lies near the bottom of a CJK glyph. */
    float centerY() {
        return baseline - size * 0.35f;
    }

    float top() {
        return baseline - size * 0.85f;
    }
}

package io.nblint.read.pdf;

/**
 * A horizontal or vertical line on a page (a table border), in the same top-left coordinates as
 * {@link Glyph}. {@code position} is y for a horizontal ruling and x for a vertical one;
 * {@code from}/{@code to} is its extent along the other axis.
 */
record Ruling(boolean horizontal, float position, float from, float to) {
    Ruling {
        if (from > to) {
            float t = from;
            from = to;
            to = t;
        }
    }

    boolean covers(float along, float tolerance) {
        return along >= from - tolerance && along <= to + tolerance;
    }
}

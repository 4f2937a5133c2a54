package io.nblint.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs that share a baseline, left to right: one printed line (of the page, or inside a cell). */
final class VisualLine {
    final List<Glyph> glyphs = new ArrayList<>();
    private float baselineSum;

    VisualLine(Glyph first) {
        add(first);
    }

    void add(Glyph g) {
        glyphs.add(g);
        baselineSum += g.baseline();
    }

    int page() {
        return glyphs.get(0).page();
    }

    float baseline() {
        return baselineSum / glyphs.size();
    }

    float size() {
        float max = 0;
        for (Glyph g : glyphs) max = Math.max(max, g.size());
        return max;
    }

    float left() {
        float min = Float.MAX_VALUE;
        for (Glyph g : glyphs) if (!g.isSpace()) min = Math.min(min, g.x());
        return min;
    }

    float right() {
        float max = -Float.MAX_VALUE;
        for (Glyph g : glyphs) if (!g.isSpace()) max = Math.max(max, g.right());
        return max;
    }

    float top() {
        float min = Float.MAX_VALUE;
        for (Glyph g : glyphs) min = Math.min(min, g.top());
        return min;
    }

    /** Width of the leading run of Latin letters, digits and ASCII punctuation, or of the first character. */
    float firstWordWidth() {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        Glyph first = null;
        float end = 0;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                if (first != null) break;
                continue;
            }
            int cp = g.text().codePointAt(0);
            if (first == null) first = g;
            else if (Spacing.isWide(cp)) break;
            end = g.right();
            if (Spacing.isWide(cp)) break;
        }
        return first == null ? 0 : end - first.x();
    }

    String text() {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        boolean spaceGlyph = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                spaceGlyph = true;
                continue;
            }
            if (prev != null && Spacing.gapIsSpace(prev.text(), g.text(), g.x() - prev.right(), Math.max(prev.size(), g.size()), spaceGlyph)) {
                sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
            spaceGlyph = false;
        }
        return sb.toString().strip();
    }

    /**
     * Groups glyphs into lines: a glyph joins the line whose baseline is within half an em of its own.
     * Lines come back top to bottom.
     */
    static List<VisualLine> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<VisualLine> lines = new ArrayList<>();
        VisualLine current = null;
        for (Glyph g : sorted) {
            if (g.isSpace()) {
                if (current != null && Math.abs(g.baseline() - current.baseline()) <= current.size() * 0.5f) current.add(g);
                continue;
            }
            if (current != null && Math.abs(g.baseline() - current.baseline()) <= Math.min(g.size(), current.size()) * 0.5f) {
                current.add(g);
            } else {
                current = new VisualLine(g);
                lines.add(current);
            }
        }
        return lines;
    }

    /** The text of glyphs in one cell: its lines joined as one run of text (wraps are layout, not content). */
    static String joinedText(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (VisualLine line : group(glyphs)) Spacing.appendWrapped(sb, line.text());
        return sb.toString();
    }
}

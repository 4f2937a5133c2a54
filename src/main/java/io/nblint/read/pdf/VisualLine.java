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

    /**
     * The line's pieces when it is a row of a borderless table: pieces separated by gaps of more
     * than two ems, or one em between two digits (prose is set with gaps well under one em), and at least one piece a number, so
     * a spaced-out title or signature line stays one piece. Otherwise a single piece.
     */
    List<String> columns() {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        List<List<Glyph>> pieces = new ArrayList<>();
        List<Glyph> piece = null;
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (g.isSpace()) continue;
            float gap = g.x() - previousRight(prev), em = prev == null ? g.size() : Math.max(g.size(), prev.size());
            // Two numbers side by side need less: prose never sets digits an em apart.
            boolean digits = prev != null && Character.isDigit(prev.text().codePointAt(0)) && Character.isDigit(g.text().codePointAt(0));
            if (prev == null || gap > 2f * em || digits && gap > 0.8f * em) {
                piece = new ArrayList<>();
                pieces.add(piece);
            }
            piece.add(g);
            prev = g;
        }
        List<String> texts = new ArrayList<>();
        for (List<Glyph> p : pieces) {
            VisualLine l = new VisualLine(p.get(0));
            for (int i = 1; i < p.size(); i++) l.add(p.get(i));
            texts.add(l.text());
        }
        boolean numeric = texts.stream().anyMatch(t -> t.matches("[-+]?\\d[\\d,]*(\\.\\d+)?\\s*(万元|元|件|%)?"));
        return texts.size() >= 2 && numeric ? texts : List.of(String.join(" ", texts));
    }

    private static float previousRight(Glyph prev) {
        return prev == null ? 0 : prev.right();
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

package io.nblint.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What one page holds once its glyphs are sorted: bordered tables, and the text lines outside them. */
final class PdfPage {
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[\\s\\-—–－_·•]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?[\\s\\-—–－_·•]*$");

    final int number;
    final float height;
    final List<RuledTable> tables;
    final List<List<Glyph>> tableGlyphs = new ArrayList<>();
    final List<VisualLine> lines = new ArrayList<>();

    PdfPage(int number, float height, List<RuledTable> tables, List<Glyph> glyphs) {
        this.number = number;
        this.height = height;
        this.tables = tables;
        for (int i = 0; i < tables.size(); i++) tableGlyphs.add(new ArrayList<>());
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            int in = -1;
            for (int i = 0; i < tables.size() && in < 0; i++) if (tables.get(i).contains(g)) in = i;
            if (in >= 0) tableGlyphs.get(in).add(g);
            else outside.add(g);
        }
        for (VisualLine line : VisualLine.group(outside)) {
            if (!isPageNumber(line)) lines.add(line);
        }
    }

    /** Page numbers ("- 4 -", "第4页") in the top or bottom margin are furniture, not report text. */
    private boolean isPageNumber(VisualLine line) {
        boolean inMargin = line.baseline() > height * 0.85f || line.top() < height * 0.1f;
        return inMargin && PAGE_NUMBER.matcher(line.text()).matches();
    }

    boolean hasTextBelow(float y) {
        return lines.stream().anyMatch(l -> l.top() > y);
    }

    boolean hasTextAbove(float y) {
        return lines.stream().anyMatch(l -> l.baseline() < y);
    }
}

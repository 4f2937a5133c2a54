package io.nblint.read.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects every character PDFBox finds, with its position, page by page. PDFBox's own text output
 * has no tabs and drops empty cells, so tables are rebuilt from these positions instead.
 */
final class GlyphCollector extends PDFTextStripper {
    private final Map<Integer, List<Glyph>> byPage = new TreeMap<>();

    GlyphCollector() {
        // Keeps PDFBox's suppression of duplicated overlapping text (fake bold drawn twice).
        setSortByPosition(false);
    }

    Map<Integer, List<Glyph>> collect(PDDocument document) throws IOException {
        byPage.clear();
        getText(document);
        return byPage;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        int page = getCurrentPageNo();
        List<Glyph> glyphs = byPage.computeIfAbsent(page, p -> new ArrayList<>());
        for (TextPosition p : positions) {
            String unicode = p.getUnicode();
            if (unicode == null || unicode.isEmpty()) continue;
            // Spaces are kept (as " ") so the author's "2024 年" survives; they never start a line.
            if (unicode.isBlank() || unicode.equals("\u00A0") || unicode.equals("\u3000")) unicode = " ";
            float size = p.getFontSizeInPt();
            if (size < 2) size = Math.max(p.getHeightDir() / 0.7f, p.getWidthDirAdj());
            if (size < 2) size = 10;
            glyphs.add(new Glyph(page, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size, unicode));
        }
    }
}

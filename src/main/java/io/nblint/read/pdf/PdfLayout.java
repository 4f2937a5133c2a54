package io.nblint.read.pdf;

import io.nblint.read.Cell;
import io.nblint.read.TextLine;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the pages of a PDF into the reader's lines: table rows (cells on the table's grid columns)
 * and paragraphs (printed lines joined back where they only wrapped), in reading order.
 */
public final class PdfLayout {
    private final List<PdfPage> pages;
    private final List<TextLine> out = new ArrayList<>();
    private float leftMargin;
    private float rightMargin;
    /** Usual baseline-to-baseline distance inside a paragraph, in ems. */
    private float linePitch;

    // The paragraph being assembled from printed lines.
    private StringBuilder paragraph;
    private VisualLine lastLine;
    private int paragraphPage;

    private PdfLayout(List<PdfPage> pages) {
        this.pages = pages;
    }

    /** Reads every page of an open document into lines; an empty result means the PDF has no text layer. */
    public static List<TextLine> read(PDDocument document) throws IOException {
        FontProgramSkipper.apply(document);
        Map<Integer, List<Glyph>> glyphs = new GlyphCollector().collect(document);
        List<PdfPage> pages = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            List<Ruling> rulings = new RulingCollector(page).collect();
            List<RuledTable> tables = RuledTable.find(number, rulings);
            pages.add(new PdfPage(number, page.getCropBox().getHeight(), tables, glyphs.getOrDefault(number, List.of())));
        }
        return new PdfLayout(pages).lines();
    }

    private List<TextLine> lines() {
        RunningText.remove(pages);
        findMargins();
        Map<RuledTable, List<List<TableGrid.GridCell>>> rows = tableRows();
        for (PdfPage page : pages) {
            List<Object> items = new ArrayList<>(page.lines);
            items.addAll(page.tables);
            items.sort(Comparator.comparingDouble(o -> o instanceof RuledTable t ? t.top : ((VisualLine) o).top()));
            for (Object item : items) {
                if (item instanceof VisualLine line) {
                    addLine(line);
                } else {
                    flushParagraph();
                    emitRows(rows.get((RuledTable) item), page.number);
                }
            }
        }
        flushParagraph();
        return out;
    }

    /** Every table's rows, with the pieces of a table continued across pages stitched together. */
    private Map<RuledTable, List<List<TableGrid.GridCell>>> tableRows() {
        Map<RuledTable, List<List<TableGrid.GridCell>>> rows = new IdentityHashMap<>();
        for (List<RuledTable> chain : continuedTables()) {
            List<Float> all = new ArrayList<>();
            for (RuledTable t : chain) all.addAll(t.columnEdges());
            List<Float> edges = RuledTable.clusterEdges(all);
            List<List<TableGrid.GridCell>> previous = null;
            for (RuledTable t : chain) {
                PdfPage page = pages.stream().filter(p -> p.tables.contains(t)).findFirst().orElseThrow();
                List<List<TableGrid.GridCell>> piece = new ArrayList<>(new TableGrid(t, edges, page.tableGlyphs.get(page.tables.indexOf(t))).rows());
                if (previous != null) PageBreakStitch.stitch(previous, piece);
                rows.put(t, piece);
                previous = piece;
            }
        }
        return rows;
    }

    private void emitRows(List<List<TableGrid.GridCell>> rows, int page) {
        for (List<TableGrid.GridCell> row : rows) {
            int number = out.size() + 1;
            List<Cell> cells = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (TableGrid.GridCell c : row) {
                cells.add(new Cell(c.text(), c.column(), c.span(), number, page));
                if (!text.isEmpty()) text.append('\t');
                text.append(c.text());
            }
            out.add(new TextLine(number, page, text.toString(), cells, true));
        }
    }

    /**
     * Groups tables into chains: a table that runs off the bottom of one page and goes on at the top
     * of the next (same width, nothing but page furniture between) is one table. Its pieces share the
     * union of their column edges, so a column has the same number on both pages even when one
     * piece lacks a border the other has.
     */
    private List<List<RuledTable>> continuedTables() {
        List<List<RuledTable>> chains = new ArrayList<>();
        List<RuledTable> open = null;
        for (int i = 0; i < pages.size(); i++) {
            PdfPage page = pages.get(i);
            for (int k = 0; k < page.tables.size(); k++) {
                RuledTable t = page.tables.get(k);
                if (k == 0 && open != null && continues(open.get(open.size() - 1), pages.get(i - 1), t, page)) {
                    open.add(t);
                } else {
                    open = new ArrayList<>(List.of(t));
                    chains.add(open);
                }
            }
            if (page.tables.isEmpty()) open = null;
        }
        return chains;
    }

    private static boolean continues(RuledTable last, PdfPage lastPage, RuledTable first, PdfPage page) {
        if (page.number != lastPage.number + 1 || lastPage.tables.get(lastPage.tables.size() - 1) != last) return false;
        boolean sameWidth = Math.abs(last.left - first.left) < 4 && Math.abs(last.right - first.right) < 4;
        return sameWidth && !lastPage.hasTextBelow(last.bottom) && !page.hasTextAbove(first.top);
    }

    /** Body text margins: where most lines start, and where most full lines end. */
    private void findMargins() {
        Map<Integer, Integer> lefts = new HashMap<>(), rights = new HashMap<>();
        for (PdfPage p : pages) {
            for (VisualLine l : p.lines) {
                lefts.merge(Math.round(l.left()), 1, Integer::sum);
                rights.merge(Math.round(l.right()), 1, Integer::sum);
            }
        }
        leftMargin = mode(lefts);
        rightMargin = mode(rights);
        Map<Integer, Integer> pitches = new HashMap<>();
        for (PdfPage p : pages) {
            for (int i = 1; i < p.lines.size(); i++) {
                VisualLine a = p.lines.get(i - 1), b = p.lines.get(i);
                float em = Math.max(a.size(), b.size());
                float pitch = (b.baseline() - a.baseline()) / em;
                if (Math.abs(a.size() - b.size()) < 0.5f && pitch > 0.8f && pitch < 3f) pitches.merge(Math.round(pitch * 20), 1, Integer::sum);
            }
        }
        linePitch = pitches.isEmpty() ? 1.8f : mode(pitches) / 20f;
    }

    private static float mode(Map<Integer, Integer> counts) {
        // Neighbouring points count together: justified lines end within a point of each other.
        int best = 0, bestCount = -1;
        for (int k : counts.keySet()) {
            int n = counts.getOrDefault(k - 1, 0) + counts.get(k) + counts.getOrDefault(k + 1, 0);
            if (n > bestCount) {
                best = k;
                bestCount = n;
            }
        }
        return best;
    }

    private void addLine(VisualLine line) {
        String text = line.text();
        if (text.isEmpty()) return;
        List<String> columns = line.columns();
        if (columns.size() >= 2) {
            // A row of a table drawn without borders: keep its pieces as cells (ordinals only, as in
            // TXT: without rulings the real grid column of a piece is not known).
            flushParagraph();
            int number = out.size() + 1;
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) cells.add(new Cell(columns.get(i), i, 1, number, line.page()));
            out.add(new TextLine(number, line.page(), String.join("\t", columns), cells, false));
            return;
        }
        if (paragraph != null && continues(lastLine, line)) {
            Spacing.appendWrapped(paragraph, text);
        } else {
            flushParagraph();
            paragraph = new StringBuilder(text);
            paragraphPage = line.page();
        }
        lastLine = line;
    }

    /**
     * A printed line goes on the previous one's paragraph when the previous one ran to the right
     * margin (it wrapped, it did not end) and this one starts at the left margin (not indented as a
     * new paragraph or heading), close below it or at the top of the next page.
     */
    private boolean continues(VisualLine prev, VisualLine line) {
        float em = Math.max(prev.size(), line.size());
        if (Math.abs(prev.size() - line.size()) > 1.5f) return false;
        // The previous line wrapped if the rest of its line could not hold this line's first word
        // (Chinese: one character; a long e-mail address or URL: the whole word).
        float room = rightMargin - prev.right();
        if (room > line.firstWordWidth() + 0.5f * em && room > 1.5f * em) return false;
        if (Math.abs(line.left() - leftMargin) > 0.8f * em) return false;
        if (line.page() == prev.page()) {
            float pitch = (line.baseline() - prev.baseline()) / em;
            // Paragraph spacing (no first-line indent) shows only as a wider gap between lines.
            return pitch > 0 && pitch <= linePitch + 0.2f;
        }
        return line.page() == prev.page() + 1;
    }

    private void flushParagraph() {
        if (paragraph != null) {
            out.add(TextLine.paragraph(out.size() + 1, paragraphPage, paragraph.toString()));
        }
        paragraph = null;
        lastLine = null;
    }
}

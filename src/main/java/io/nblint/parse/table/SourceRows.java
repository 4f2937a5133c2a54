package io.nblint.parse.table;

import io.nblint.facts.CellState;
import io.nblint.read.Cell;
import io.nblint.read.TextLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a region's lines into candidate table rows, whatever the layout:
 * <ul>
 *   <li>a line with cells (tab-separated TXT, DOCX/HTML/PDF rows) is a row as it stands;</li>
 *   <li>a paragraph ending in numbers separated by spaces ("（一）予以公开 5 0 0 0 0 0 5") is split
 *       into its label and one cell per number;</li>
 *   <li>a paragraph holding only a label, followed by lines holding only numbers (one value per
 *       line, as some PDF and web copies come out), becomes one row with those values.</li>
 * </ul>
 * Blank lines and page furniture between the rows of a table split across pages ("- 3 -",
 * "第 3 页", "3/12") are skipped, so they never end a table or pose as a value.
 */
public final class SourceRows {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-—–－]\\s*\\d{1,4}\\s*[-—–－]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}|[·•]?\\s*\\d{1,4}\\s*[·•])\\s*$");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern UNIT = Pattern.compile("^(万元|亿元|千元|元|件|个|项|次|条)$");

    private SourceRows() { }

    public static boolean isPageFurniture(TextLine line) {
        return !line.isTableRow() && PAGE_NUMBER.matcher(line.text()).matches();
    }

    public static List<SourceRow> of(List<TextLine> region) {
        List<SourceRow> rows = new ArrayList<>();
        SourceRow pendingLabel = null;
        for (TextLine line : region) {
            if (line.isBlank() || isPageFurniture(line)) continue;
            if (!line.isTableRow()) {
                if (CellValue.trim(line.text()).isEmpty()) continue;
                SourceRow row = splitParagraph(line);
                if (pendingLabel != null && row.isValuesOnly()) {
                    // Stream layout: the label's values follow one (or a few) per line.
                    List<Cell> merged = new ArrayList<>(pendingLabel.cells());
                    for (Cell c : row.cells()) merged.add(new Cell(c.text(), merged.size(), 1, c.line(), c.page()));
                    pendingLabel = new SourceRow(merged, pendingLabel.line(), pendingLabel.page(), false);
                    rows.set(rows.size() - 1, pendingLabel);
                    continue;
                }
                rows.add(row);
                pendingLabel = row.size() == 1 && !row.isValuesOnly() ? row : null;
            } else {
                rows.add(new SourceRow(line.cells(), line.number(), line.page(), line.gridAligned()));
                pendingLabel = null;
            }
        }
        return rows;
    }

    /** "label v1 v2 … vn" → [label, v1, …, vn]; a paragraph without trailing values is one cell. */
    static SourceRow splitParagraph(TextLine line) {
        String text = CellValue.trim(line.text());
        String[] tokens = TOKEN_SPLIT.split(text);
        int firstValue = tokens.length;
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (CellValue.of(tokens[i]).isValue()) {
                firstValue = i;
            } else if (UNIT.matcher(tokens[i]).matches() && i > 0 && CellValue.of(tokens[i - 1]).state() == CellState.NUMBER) {
                firstValue = i;
            } else {
                break;
            }
        }
        List<Cell> cells = new ArrayList<>();
        if (firstValue > 0) {
            cells.add(new Cell(String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, firstValue)), 0, 1, line.number(), line.page()));
        }
        for (int i = firstValue; i < tokens.length; i++) {
            if (UNIT.matcher(tokens[i]).matches() && !cells.isEmpty() && i > firstValue) {
                Cell prev = cells.remove(cells.size() - 1);
                cells.add(new Cell(prev.text() + " " + tokens[i], prev.column(), 1, line.number(), line.page()));
                continue;
            }
            cells.add(new Cell(tokens[i], cells.size(), 1, line.number(), line.page()));
        }
        return new SourceRow(cells, line.number(), line.page(), false);
    }
}

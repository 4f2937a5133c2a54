package io.nblint.read;

import java.util.List;

/**
 * One line of a report in reading order. A table row is a line with cells; a paragraph is a line
 * without. Readers keep the two apart so the parser never has to guess cells from prose.
 *
 * @param number      1-based line number, used in finding locations
 * @param page        1-based page (PDF), else null
 * @param text        the line as text (a table row's cells joined with tabs)
 * @param cells       the row's cells, or an empty list for a paragraph line
 * @param gridAligned true when cell columns are real grid positions (blank cells kept in place),
 *                    false when they are only ordinals (TXT, where blank cells may be dropped or merged)
 */
public record TextLine(int number, Integer page, String text, List<Cell> cells, boolean gridAligned) {
    public TextLine {
        cells = List.copyOf(cells);
    }

    public static TextLine paragraph(int number, Integer page, String text) {
        return new TextLine(number, page, text, List.of(), false);
    }

    public boolean isTableRow() {
        return !cells.isEmpty();
    }

    public boolean isBlank() {
        return cells.isEmpty() && text.isBlank();
    }
}

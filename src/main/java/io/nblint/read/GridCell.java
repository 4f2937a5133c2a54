package io.nblint.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell placed on a table's grid before it becomes a {@link Cell}: used by the readers whose
 * source has a real grid (DOCX, HTML). A slot covered by a cell merged down from the row above is
 * kept as a blank cell in its column, so no later cell shifts left.
 */
record GridCell(String text, int column, int span) {
    /** Builds the row's line: cells in column order, the text joined with tabs; null if the row is all blank. */
    static TextLine toLine(int number, Integer page, List<GridCell> row) {
        if (row.stream().allMatch(c -> c.text().isBlank())) return null;
        List<GridCell> sorted = new ArrayList<>(row);
        sorted.sort((a, b) -> Integer.compare(a.column(), b.column()));
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (GridCell c : sorted) {
            cells.add(new Cell(c.text(), c.column(), c.span(), number, page));
            if (cells.size() > 1) text.append('\t');
            text.append(c.text().replace('\n', ' '));
        }
        return new TextLine(number, page, text.toString(), cells, true);
    }
}

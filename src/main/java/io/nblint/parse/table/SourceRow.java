package io.nblint.parse.table;

import io.nblint.read.Cell;

import java.util.List;

/**
 * One row of a table as found in the text: a tab-separated line, a cell-per-line group, a paragraph
 * split at its trailing numbers ("一、本年新收… 0 0 0"), or a label line followed by one value per
 * line.
 *
 * @param cells       the cells in order (empty ones kept)
 * @param line        line of the row's first cell
 * @param page        page, or null
 * @param gridAligned true when {@link Cell#column()} are real grid columns
 */
public record SourceRow(List<Cell> cells, int line, Integer page, boolean gridAligned) {
    public SourceRow {
        cells = List.copyOf(cells);
    }

    public int size() {
        return cells.size();
    }

    public Cell cell(int i) {
        return cells.get(i);
    }

    public CellValue value(int i) {
        return CellValue.of(cells.get(i).text());
    }

    /** True when no cell holds text other than numbers and placeholders. */
    public boolean isValuesOnly() {
        for (Cell c : cells) {
            CellValue v = CellValue.of(c.text());
            if (v.state() == io.nblint.facts.CellState.TEXT) return false;
        }
        return true;
    }

    public long valueCount() {
        return cells.stream().filter(c -> CellValue.of(c.text()).isValue()).count();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("L").append(line).append(':');
        for (Cell c : cells) b.append('[').append(c.text()).append(']');
        return b.toString();
    }
}

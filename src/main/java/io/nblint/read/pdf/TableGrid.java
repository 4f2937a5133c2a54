package io.nblint.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A bordered table laid onto its grid: every grid slot belongs to one cell region (merged cells
 * cover several slots, found by a missing border between neighbours), every glyph is placed in the
 * region under its centre, and each grid row becomes one list of cells on the real grid columns.
 */
final class TableGrid {
    /**
     * One cell of an emitted row. {@code rows} is how many grid rows the cell covers (more than one
     * when merged vertically); {@code continued} marks the lower rows of such a cell.
     */
    record GridCell(String text, int column, int span, int rows, boolean continued) {
    }

    private final RuledTable table;
    private final List<Float> xs;
    private final List<Float> ys;
    private final int rows;
    private final int cols;
    private final int[] parent;
    private final List<List<Glyph>> glyphsByRegion = new ArrayList<>();

    /**
     * @param columnEdges the x edges to use: the table's own, or the union over the pieces of a
     *                    table continued across pages, so all pieces share one column numbering
     */
    TableGrid(RuledTable table, List<Float> columnEdges, List<Glyph> glyphs) {
        this.table = table;
        this.xs = columnEdges;
        this.ys = table.rowEdges();
        this.rows = Math.max(0, ys.size() - 1);
        this.cols = Math.max(0, xs.size() - 1);
        this.parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        mergeCells();
        for (int i = 0; i < parent.length; i++) glyphsByRegion.add(new ArrayList<>());
        for (Glyph g : glyphs) {
            int r = slot(ys, g.centerY()), c = slot(xs, g.centerX());
            if (r < 0 || c < 0) continue;
            glyphsByRegion.get(root(r * cols + c)).add(g);
        }
    }

    private void mergeCells() {
        for (int r = 0; r < rows; r++) {
            float midY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c + 1 < cols; c++) {
                if (!table.verticalBorderAt(xs.get(c + 1), midY)) union(r * cols + c, r * cols + c + 1);
            }
        }
        for (int c = 0; c < cols; c++) {
            float midX = (xs.get(c) + xs.get(c + 1)) / 2;
            for (int r = 0; r + 1 < rows; r++) {
                if (!table.horizontalBorderAt(ys.get(r + 1), midX)) union(r * cols + c, (r + 1) * cols + c);
            }
        }
    }

    /** The rows of the table, top to bottom; rows with no text at all are left out. */
    List<List<GridCell>> rows() {
        int n = parent.length;
        int[] minRow = new int[n], maxRow = new int[n], maxCol = new int[n];
        java.util.Arrays.fill(minRow, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxCol, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = root(r * cols + c);
                minRow[root] = Math.min(minRow[root], r);
                maxRow[root] = Math.max(maxRow[root], r);
                maxCol[root] = Math.max(maxCol[root], c);
            }
        }
        List<List<GridCell>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<GridCell> row = new ArrayList<>();
            boolean anyText = false;
            int c = 0;
            while (c < cols) {
                int root = root(r * cols + c);
                int end = Math.max(c, maxCol[root]);
                boolean continued = minRow[root] < r;
                String text = continued ? "" : VisualLine.joinedText(glyphsByRegion.get(root));
                anyText |= !text.isEmpty();
                row.add(new GridCell(text, c, end - c + 1, maxRow[root] - minRow[root] + 1, continued));
                c = end + 1;
            }
            if (anyText) out.add(row);
        }
        return out;
    }

    /** Index i with edges[i] <= v < edges[i+1], or -1 outside the grid. */
    private static int slot(List<Float> edges, float v) {
        if (edges.size() < 2 || v < edges.get(0) - 1 || v > edges.get(edges.size() - 1) + 1) return -1;
        for (int i = 0; i + 1 < edges.size(); i++) {
            if (v < edges.get(i + 1)) return i;
        }
        return edges.size() - 2;
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        parent[root(a)] = root(b);
    }
}

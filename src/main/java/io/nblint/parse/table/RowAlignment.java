package io.nblint.parse.table;

import io.nblint.read.Cell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which cell of a row holds which template column. Text exports of Word tables lose merged
 * cells: a row keeps its label cells, then its values, with empty cells before, between or after
 * them depending on how deep the label sits. So values are taken after the row's last label cell:
 * <ol>
 *   <li>grid-aligned rows (DOCX, HTML, PDF rebuilt by position) use the header's grid columns;</li>
 *   <li>if the stretch from the first to the last non-empty value has exactly n cells, they are the
 *       n columns in order (empty cells inside that stretch are real blanks);</li>
 *   <li>if it is shorter, the blanks at its ends are ambiguous. The table's well-formed rows with
 *       the same layout (same number of cells, label ending at the same cell, same n) tell where
 *       values start; if they agree, that decides;</li>
 *   <li>failing that, a row with exactly n cells after its label is read cell by cell;</li>
 *   <li>otherwise the row is not read, with a problem message: a wrong guess would raise a false
 *       arithmetic finding, an unreadable cell only makes the check "could not check".</li>
 * </ol>
 */
public final class RowAlignment {

    /** One row to align: its source, the index of its last label cell (-1 if none), n template columns, its label for messages. */
    public record Request(SourceRow row, int lastLabel, int n, String label) { }

    /** The n cells of a row in template order (empty synthetic cells for blanks), or a problem. */
    public record Result(List<Cell> cells, String problem) {
        public boolean isRead() {
            return cells != null;
        }
    }

    private record Layout(int size, int lastLabel, int n) { }

    private final Map<Layout, Set<Integer>> starts = new HashMap<>();

    public RowAlignment(List<Request> table) {
        for (Request r : table) {
            int[] core = core(r);
            if (core != null && core[1] - core[0] + 1 == r.n()) {
                starts.computeIfAbsent(layout(r), k -> new HashSet<>()).add(core[0]);
            }
        }
    }

    /** Aligns by grid columns: {@code columns.get(i)} is the grid column of template column i. */
    public Result alignByGrid(Request r, List<Integer> columns) {
        List<Cell> out = new ArrayList<>();
        for (Integer col : columns) {
            Cell found = null;
            for (int i = r.lastLabel() + 1; i < r.row().size(); i++) {
                Cell c = r.row().cell(i);
                if (col != null && c.column() <= col && col < c.column() + Math.max(1, c.span())) {
                    found = c;
                    break;
                }
            }
            out.add(found != null ? found : blank(r.row(), col == null ? -1 : col));
        }
        return new Result(out, null);
    }

    public Result align(Request r) {
        SourceRow row = r.row();
        int first = r.lastLabel() + 1;
        int available = row.size() - first;
        int[] core = core(r);
        if (core == null) {
            // No value anywhere on the row: every template cell is blank, whatever the layout.
            List<Cell> out = new ArrayList<>();
            for (int i = 0; i < r.n(); i++) out.add(i < available ? row.cell(first + i) : blank(row, i));
            return new Result(out, null);
        }
        int coreLength = core[1] - core[0] + 1;
        if (coreLength == r.n()) return new Result(slice(row, core[0], r.n()), null);
        if (coreLength > r.n()) {
            return new Result(null, "「" + r.label() + "」行有" + coreLength + "个数值单元格，多于模板的" + r.n() + "列，无法对应");
        }
        Set<Integer> peers = starts.get(layout(r));
        if (peers != null && peers.size() == 1) {
            int s = peers.iterator().next();
            if (s >= first && s <= core[0] && core[1] <= s + r.n() - 1 && s + r.n() <= row.size()) {
                return new Result(slice(row, s, r.n()), null);
            }
        }
        if (available == r.n() && (peers == null || peers.isEmpty())) return new Result(slice(row, first, r.n()), null);
        return new Result(null, "「" + r.label() + "」行只有" + coreLength + "列可对应的数值，模板有" + r.n()
                + "列，无法确定空白单元格属于哪一列");
    }

    /** Indexes of the first and last non-empty cell after the label, or null when all are empty. */
    private static int[] core(Request r) {
        int from = -1;
        int to = -1;
        for (int i = r.lastLabel() + 1; i < r.row().size(); i++) {
            if (!r.row().value(i).isBlank()) {
                if (from < 0) from = i;
                to = i;
            }
        }
        return from < 0 ? null : new int[] {from, to};
    }

    private static Layout layout(Request r) {
        return new Layout(r.row().size(), r.lastLabel(), r.n());
    }

    private static List<Cell> slice(SourceRow row, int start, int n) {
        return new ArrayList<>(row.cells().subList(start, start + n));
    }

    private static Cell blank(SourceRow row, int column) {
        return new Cell("", column, 1, row.line(), row.page());
    }
}

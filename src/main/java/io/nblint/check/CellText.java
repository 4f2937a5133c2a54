package io.nblint.check;

import io.nblint.facts.TableCell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Chinese wording of cell lists for rule messages ("自然人11＋商业企业3", "表四「行政复议」「总计」列（空白）").
 * Drools collects cells in no useful order, so messages sort them into template order here.
 */
public final class CellText {
    /** Column keys of tables 三 and 四 in template order; other keys sort after them. */
    private static final List<String> T3_COLUMN_ORDER = List.of(
            "natural", "commercial", "research", "nonprofit", "legal", "other", "subtotal", "total");
    private static final List<String> T4_COLUMN_ORDER = List.of("upheld", "corrected", "other", "pending", "total");
    private static final List<String> T4_ROW_ORDER = List.of("review", "direct", "after_review");

    private CellText() {
    }

    /** Cells in template order: by table, then row (R1 < R2 < R3.1 … < R4), then column. */
    public static List<TableCell> sorted(Collection<?> cells) {
        List<TableCell> list = new ArrayList<>();
        for (Object o : cells) list.add((TableCell) o);
        list.sort(Comparator.comparing(TableCell::getTable)
                .thenComparing(c -> c.getLine() == null ? 0 : c.getLine())
                .thenComparing(c -> T4_ROW_ORDER.contains(c.getRow()) ? String.valueOf(T4_ROW_ORDER.indexOf(c.getRow())) : c.getRow())
                .thenComparing(CellText::columnPosition));
        return list;
    }

    private static int columnPosition(TableCell c) {
        List<String> order = c.getTable().equals("表四") ? T4_COLUMN_ORDER : T3_COLUMN_ORDER;
        int i = order.indexOf(c.getColumn());
        return i < 0 ? 99 : i;
    }

    /** "自然人11＋商业企业3＋…": addends by their column label (or row label when {@code byRow}). */
    public static String addends(Collection<?> cells, boolean byRow) {
        StringBuilder b = new StringBuilder();
        for (TableCell c : sorted(cells)) {
            if (b.length() > 0) b.append("＋");
            b.append(byRow ? c.getRowLabel() : c.getColumnLabel()).append(' ').append(c.getCount());
        }
        return b.toString();
    }

    /** How many items a cell list names before it only counts the rest: a clerk reads the first few, not 133. */
    static final int LIST_LIMIT = 6;

    /**
     * "表三「（一）予以公开」「自然人」列（空白）、…", each cell with what was written. Three or more cells of
     * one row in the same state become one item ("表三「（三）不予公开 1.属于国家秘密」行 7 个单元格（无法识别）"),
     * and past {@link #LIST_LIMIT} items the rest is counted ("等共 19 个单元格").
     */
    public static String list(Collection<?> cells) {
        List<TableCell> sorted = sorted(cells);
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            TableCell first = sorted.get(i);
            int j = i;
            while (j < sorted.size() && sorted.get(j).getTable().equals(first.getTable())
                    && sorted.get(j).getRow().equals(first.getRow())
                    && written(sorted.get(j)).equals(written(first))) {
                j++;
            }
            if (j - i >= 3) {
                items.add(first.getTable() + "「" + first.getRowLabel() + "」行 " + (j - i) + " 个单元格" + written(first));
            } else {
                for (int k = i; k < j; k++) items.add(sorted.get(k).getLabel() + written(sorted.get(k)));
            }
            i = j;
        }
        if (items.size() <= LIST_LIMIT) return String.join("、", items);
        return String.join("、", items.subList(0, LIST_LIMIT)) + "等，共 " + sorted.size() + " 个单元格";
    }

    /** "（空白）", "（写作“/”）", "（无法识别）", "（缺失）" or "（填报 5）". */
    public static String written(TableCell c) {
        return switch (c.getState()) {
            case BLANK -> "（空白）";
            case PLACEHOLDER -> "（写作“" + c.getRaw() + "”）";
            case TEXT -> "（写作“" + c.getRaw() + "”）";
            case UNREADABLE -> "（无法识别）";
            case MISSING -> "（缺失）";
            case NUMBER -> "（填报 " + c.getValue().toPlainString() + "）";
        };
    }
}

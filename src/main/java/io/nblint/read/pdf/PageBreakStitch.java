package io.nblint.read.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs a cell cut in two by a page break. When a merged label cell or a tall row straddles the
 * break, WPS and Word print the first part of its text at the bottom of one page and the rest at the
 * top of the next ("（四）无" / "法提供"), and draw borders on both sides of the break, so the
 * geometry alone cannot tell. The rest is recognisable by what it is not: it sits in the first row of
 * the continued piece, in a column where the previous piece's last row has text, and it does not
 * start like a new label (an enumerator such as "（五）", "2.", "三、") or a number. And it is either a
 * vertically merged cell (a label over several rows, whose text WPS flows across the break) or in a
 * row with no numbers at all (the tail of a split row whose numbers stayed on the previous page);
 * an ordinary one-row label such as "行政强制" under "行政处罚" is a row of its own.
 */
final class PageBreakStitch {
    private static final Pattern NEW_LABEL = Pattern.compile(
            "^\\s*([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+\\s*[.、．]|[-+]?\\d[\\d,.]*$).*", Pattern.DOTALL);

    private PageBreakStitch() {
    }

    static void stitch(List<List<TableGrid.GridCell>> previous, List<List<TableGrid.GridCell>> next) {
        if (previous.isEmpty() || next.isEmpty()) return;
        List<TableGrid.GridCell> above = previous.get(previous.size() - 1);
        List<TableGrid.GridCell> below = next.get(0);
        boolean moved = false;
        boolean tailOfSplitRow = below.stream().noneMatch(c -> isNumber(c.text()));
        for (int i = 0; i < below.size(); i++) {
            TableGrid.GridCell rest = below.get(i);
            if (rest.text().isEmpty() || NEW_LABEL.matcher(rest.text()).matches()) continue;
            if (rest.rows() < 2 && !tailOfSplitRow) continue;
            for (int j = 0; j < above.size(); j++) {
                TableGrid.GridCell start = above.get(j);
                if (start.column() != rest.column() || start.text().isEmpty() || isNumber(start.text())) continue;
                StringBuilder joined = new StringBuilder(start.text());
                Spacing.appendWrapped(joined, rest.text());
                above.set(j, new TableGrid.GridCell(joined.toString(), start.column(), start.span(), start.rows(), start.continued()));
                below.set(i, new TableGrid.GridCell("", rest.column(), rest.span(), rest.rows(), true));
                moved = true;
                break;
            }
        }
        if (moved && below.stream().allMatch(c -> c.text().isEmpty())) next.remove(0);
    }

    private static boolean isNumber(String s) {
        return s.strip().matches("[-+]?\\d[\\d,.]*");
    }
}

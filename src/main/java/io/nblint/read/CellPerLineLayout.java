package io.nblint.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw text lines into {@link TextLine}s. Ordinary lines with tabs become table rows (one cell
 * per tab-separated field, empty fields kept because they carry the column alignment); so do lines
 * whose cells are separated by vertical bars ({@link PipeRow}).
 *
 * <p>Some DOCX-to-text exports write a table one cell per line: every cell is a line "\t&lt;cell&gt;",
 * rows are separated by blank lines, and a cell whose text wrapped continues on the next line
 * without a tab ("\t商业" + "企业"). Such a region is recognised by its shape (a run made only of
 * single-cell lines, blank lines and short continuations) and each blank-separated group becomes
 * one row, so the table parsers see the same rows as for the usual one-row-per-line export.
 */
final class CellPerLineLayout {
    /** Continuations are wrapped fragments of a cell, never a new section heading. */
    private static final Pattern HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]).*");
    private static final int MAX_CONTINUATION = 40;
    private static final int MIN_SINGLE_CELL_LINES = 4;

    private enum Kind { BLANK, SINGLE, ROW, TEXT }

    private final List<String> raw;
    private final Kind[] kinds;

    CellPerLineLayout(List<String> raw) {
        this.raw = raw;
        this.kinds = new Kind[raw.size()];
        for (int i = 0; i < raw.size(); i++) kinds[i] = classify(raw.get(i));
    }

    List<TextLine> lines() {
        List<TextLine> out = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            if (kinds[i] == Kind.SINGLE) {
                int end = runEnd(i);
                if (isCellPerLine(i, end)) {
                    emitGrouped(i, end, out);
                    i = end;
                    continue;
                }
            }
            out.add(plain(i));
            i++;
        }
        return out;
    }

    /** Exclusive end of the run of single-cell lines, blanks and continuations starting at {@code start}. */
    private int runEnd(int start) {
        int i = start;
        int lastContent = start;
        while (i < raw.size()) {
            Kind k = kinds[i];
            if (k == Kind.SINGLE) {
                lastContent = i;
            } else if (k == Kind.TEXT) {
                if (!isContinuation(i)) break;
                lastContent = i;
            } else if (k != Kind.BLANK) {
                break;
            }
            i++;
        }
        return lastContent + 1;
    }

    private boolean isContinuation(int i) {
        if (i == 0) return false;
        Kind prev = kinds[i - 1];
        if (prev != Kind.SINGLE && !(prev == Kind.TEXT && i >= 2 && continuationChainStartsWithSingle(i - 1))) return false;
        String t = raw.get(i).strip();
        return t.length() <= MAX_CONTINUATION && !HEADING.matcher(t).matches();
    }

    private boolean continuationChainStartsWithSingle(int i) {
        int j = i;
        while (j >= 0 && kinds[j] == Kind.TEXT) j--;
        return j >= 0 && kinds[j] == Kind.SINGLE && i - j <= 3;
    }

    /** The region is a cell-per-line table when it has enough cells and rows of more than one cell. */
    private boolean isCellPerLine(int start, int end) {
        int singles = 0;
        int multiCellGroups = 0;
        int groupCells = 0;
        for (int i = start; i < end; i++) {
            if (kinds[i] == Kind.SINGLE) {
                singles++;
                groupCells++;
            } else if (kinds[i] == Kind.BLANK) {
                if (groupCells >= 2) multiCellGroups++;
                groupCells = 0;
            }
        }
        if (groupCells >= 2) multiCellGroups++;
        return singles >= MIN_SINGLE_CELL_LINES && multiCellGroups >= 2;
    }

    private void emitGrouped(int start, int end, List<TextLine> out) {
        int i = start;
        while (i < end) {
            if (kinds[i] == Kind.BLANK) {
                out.add(plain(i));
                i++;
                continue;
            }
            int first = i;
            List<Cell> cells = new ArrayList<>();
            List<StringBuilder> texts = new ArrayList<>();
            List<Integer> lineNumbers = new ArrayList<>();
            while (i < end && kinds[i] != Kind.BLANK) {
                String line = raw.get(i);
                if (kinds[i] == Kind.SINGLE) {
                    texts.add(new StringBuilder(CellSpaces.trim(line.substring(1))));
                    lineNumbers.add(i + 1);
                } else if (!texts.isEmpty()) {
                    StringBuilder last = texts.get(texts.size() - 1);
                    if (last.length() > 0) last.append('\n');
                    last.append(CellSpaces.trim(line));
                }
                i++;
            }
            StringBuilder joined = new StringBuilder();
            for (int c = 0; c < texts.size(); c++) {
                String text = texts.get(c).toString();
                cells.add(new Cell(text, c, 1, lineNumbers.get(c), null));
                if (c > 0) joined.append('\t');
                joined.append(text.replace('\n', ' '));
            }
            out.add(new TextLine(first + 1, null, joined.toString(), cells, false));
        }
    }

    private TextLine plain(int i) {
        String line = raw.get(i);
        String[] fields;
        if (line.indexOf('\t') >= 0) {
            fields = line.split("\t", -1);
        } else {
            fields = PipeRow.cells(line);
            if (fields == null) return TextLine.paragraph(i + 1, null, line);
            if (fields.length == 0) return TextLine.paragraph(i + 1, null, ""); // a "|---|---|" rule line
        }
        List<Cell> cells = new ArrayList<>(fields.length);
        for (int c = 0; c < fields.length; c++) cells.add(new Cell(CellSpaces.trim(fields[c]), c, 1, i + 1, null));
        // A bar-separated row reads as the tab-separated row it stands for.
        return new TextLine(i + 1, null, line.indexOf('\t') >= 0 ? line : String.join("\t", fields), cells, false);
    }

    private static Kind classify(String line) {
        if (CellSpaces.trim(line).isEmpty() && line.indexOf('\t') < 0) return Kind.BLANK;
        int tab = line.indexOf('\t');
        if (tab < 0) return PipeRow.cells(line) != null ? Kind.ROW : Kind.TEXT;
        if (tab == 0 && line.indexOf('\t', 1) < 0) return Kind.SINGLE;
        return Kind.ROW;
    }

}

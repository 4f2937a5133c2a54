package io.nblint.parse.table;

import io.nblint.facts.CellState;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.Table4;
import io.nblint.facts.Table4Cell;
import io.nblint.facts.TableCell;
import io.nblint.facts.TableState;
import io.nblint.parse.TableParser;
import io.nblint.parse.TableReading;
import io.nblint.read.Cell;
import io.nblint.read.TextLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Table 四 (行政复议、行政诉讼情况): one data row of 15 cells in three groups of five (行政复议,
 * 未经复议直接起诉, 复议后起诉), the same in both formats. The header gives no usable positions in
 * text, so the data row must show 15 cells (blank ones included) or 15 values; anything else is
 * not guessed.
 */
public class Table4Parser implements TableParser<Table4> {
    private static final List<Template.Column> COLUMNS = List.of(
            new Template.Column("upheld", "结果维持"),
            new Template.Column("corrected", "结果纠正"),
            new Template.Column("other", "其他结果"),
            new Template.Column("pending", "尚未审结"),
            new Template.Column("total", "总计"));
    static final Template TEMPLATE = new Template(List.of(
            new Template.Row("review", "行政复议", COLUMNS),
            new Template.Row("direct", "行政诉讼 未经复议直接起诉", COLUMNS),
            new Template.Row("after_review", "行政诉讼 复议后起诉", COLUMNS)));
    private static final Set<String> HEADER_WORDS = Set.of(
            "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉");
    private static final String HEADER_CHARS = String.join("", HEADER_WORDS) + "总计";
    private static final int N = 15;

    @Override
    public TableReading<Table4> parse(List<TextLine> region) {
        List<SourceRow> rows = SourceRows.of(region);
        CellGrid<Table4Cell> grid = new CellGrid<>(TEMPLATE, Table4Cell::new);
        int headerStart = -1;
        List<SourceRow> headers = new ArrayList<>();
        java.util.Set<String> words = new java.util.HashSet<>();
        SourceRow data = null;
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            int w = headerWords(row, words);
            if (row.valueCount() >= 3 || headerStart >= 0 && w == 0 && isAllBlank(row) && row.size() >= 5) {
                if (headerStart >= 0 && words.size() >= 2) {
                    data = join(row, rows, i);
                    break;
                }
                continue;
            }
            if (w > 0) {
                if (headerStart < 0) headerStart = i;
                headers.add(row);
            } else if (headerStart >= 0 && !row.isValuesOnly() && !isHeaderDebris(row)) {
                // prose between a stray header word and any data: start over
                headerStart = -1;
                headers.clear();
                words.clear();
            }
        }
        if (headerStart < 0 || words.size() < 2) {
            return new TableReading<>(new Table4(FormatVersion.UNKNOWN, TableState.ABSENT, null, null, null, List.of("未找到表四")),
                    new ArrayList<TableCell>(grid.cells()));
        }
        int start = rows.get(headerStart).line();
        Integer page = rows.get(headerStart).page();
        if (data == null) {
            grid.problem("表四只找到表头，未找到数据行");
            return new TableReading<>(new Table4(FormatVersion.UNKNOWN, TableState.UNREADABLE, start, null, page, grid.problems()),
                    new ArrayList<TableCell>(grid.cells()));
        }
        int lastText = -1;
        for (int i = 0; i < data.size(); i++) if (data.value(i).state() == CellState.TEXT) lastText = i;
        RowAlignment.Request request = new RowAlignment.Request(data, lastText, N, "表四数据");
        RowAlignment alignment = new RowAlignment(List.of(request));
        List<Integer> columns = data.gridAligned() ? gridColumns(headers) : null;
        RowAlignment.Result result = columns != null ? alignment.alignByGrid(request, columns) : alignment.align(request);
        if (result.isRead()) {
            for (int g = 0; g < 3; g++) {
                String row = TEMPLATE.rows().get(g).key();
                for (int c = 0; c < COLUMNS.size(); c++) grid.put(row, COLUMNS.get(c).key(), result.cells().get(g * 5 + c), data.page());
            }
        } else {
            for (Template.Row r : TEMPLATE.rows()) grid.putRow(r.key(), result, data.line(), data.page());
        }
        int end = data.line();
        for (Cell c : data.cells()) end = Math.max(end, c.line());
        // Table 四 is identical in both templates, so it does not tell the format.
        Table4 table = new Table4(FormatVersion.UNKNOWN, grid.state(), start, end, page, grid.problems());
        return new TableReading<>(table, new ArrayList<TableCell>(grid.cells()));
    }

    /** The data row, continued by values-only rows when its values wrapped onto further lines. */
    private static SourceRow join(SourceRow row, List<SourceRow> rows, int index) {
        if (row.size() >= N) return row;
        List<Cell> cells = new ArrayList<>(row.cells());
        for (int j = index + 1; j < rows.size() && cells.size() < N; j++) {
            SourceRow next = rows.get(j);
            if (!next.isValuesOnly() || next.gridAligned()) break;
            for (Cell c : next.cells()) cells.add(new Cell(c.text(), cells.size(), 1, c.line(), c.page()));
        }
        return cells.size() == N ? new SourceRow(cells, row.line(), row.page(), false) : row;
    }

    private static int headerWords(SourceRow row, java.util.Set<String> words) {
        int n = 0;
        for (Cell c : row.cells()) {
            String core = LabelText.core(c.text());
            if (HEADER_WORDS.contains(core)) {
                words.add(core);
                n++;
            } else if (!row.gridAligned() && c.text().indexOf(' ') > 0) {
                // Text taken from a PDF puts a header line's cells in one line: "行政复议 行政诉讼".
                for (String token : c.text().strip().split("[\\s\\u3000]+")) {
                    String t = LabelText.core(token);
                    if (HEADER_WORDS.contains(t)) {
                        words.add(t);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /**
     * A header line broken up by PDF text extraction: narrow header cells come out one or two
     * characters per line ("结 结 其 尚", "果 果 他 未", "总计 果 果 他 未 总"). Such a line holds
     * nothing but characters of the header words.
     */
    private static boolean isHeaderDebris(SourceRow row) {
        boolean any = false;
        for (Cell c : row.cells()) {
            for (int i = 0; i < c.text().length(); i++) {
                char ch = c.text().charAt(i);
                if (Character.isWhitespace(ch) || ch == '\u3000') continue;
                if (HEADER_CHARS.indexOf(ch) < 0) return false;
                any = true;
            }
        }
        return any;
    }

    private static boolean isAllBlank(SourceRow row) {
        return row.cells().stream().allMatch(Cell::isEmpty);
    }

    /** Grid columns of the 15 leaf headers (结果维持 … 总计, three times), in column order. */
    private static List<Integer> gridColumns(List<SourceRow> headers) {
        List<Integer> cols = new ArrayList<>();
        for (SourceRow h : headers) {
            if (!h.gridAligned()) return null;
            for (Cell c : h.cells()) {
                String core = LabelText.core(c.text());
                if (COLUMNS.stream().anyMatch(col -> col.label().equals(core))) cols.add(c.column());
            }
        }
        if (cols.size() != N) return null;
        cols.sort(null);
        return cols;
    }
}

package io.nblint.parse.table;

import io.nblint.facts.FormatVersion;
import io.nblint.facts.Table3;
import io.nblint.facts.Table3Cell;
import io.nblint.facts.TableCell;
import io.nblint.facts.TableState;
import io.nblint.parse.TableParser;
import io.nblint.parse.TableReading;
import io.nblint.read.Cell;
import io.nblint.read.TextLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Table 三 (收到和处理政府信息公开申请情况). Rows are recognised by the distinctive words of their
 * labels ("国家秘密", "三安全一稳定", "逾期未按收费通知"), not by exact strings, so wording variants
 * and misplaced label cells still match. Sub-row numbers repeat across the groups （三）–（六）, so
 * the group seen last gives the context for the one ambiguous label, "3.其他".
 *
 * <p>A local template may add a 小计 column after 其他; it is recognised in the header and skipped:
 * the canonical grid has no subtotal cell (rules compute sums themselves), so no cell facts are
 * made for it.
 */
public class Table3Parser implements TableParser<Table3> {
    static final List<Template.Column> COLUMNS = List.of(
            new Template.Column("natural", "自然人"),
            new Template.Column("commercial", "商业企业"),
            new Template.Column("research", "科研机构"),
            new Template.Column("nonprofit", "社会公益组织"),
            new Template.Column("legal", "法律服务机构"),
            new Template.Column("other", "其他"),
            new Template.Column("total", "总计"));
    private static final int SUBTOTAL_INDEX = 6;

    private record Leaf(String key, String label, String... words) { }

    private static final List<Leaf> LEAVES = List.of(
            new Leaf("R3.3.1", "（三）不予公开 1.属于国家秘密", "国家秘密"),
            new Leaf("R3.3.2", "（三）不予公开 2.其他法律行政法规禁止公开", "禁止公开"),
            new Leaf("R3.3.3", "（三）不予公开 3.危及“三安全一稳定”", "三安全一稳定", "危及"),
            new Leaf("R3.3.4", "（三）不予公开 4.保护第三方合法权益", "第三方"),
            new Leaf("R3.3.5", "（三）不予公开 5.属于三类内部事务信息", "内部事务", "三类内"),
            new Leaf("R3.3.6", "（三）不予公开 6.属于四类过程性信息", "过程性", "四类过程"),
            new Leaf("R3.3.7", "（三）不予公开 7.属于行政执法案卷", "执法案卷"),
            new Leaf("R3.3.8", "（三）不予公开 8.属于行政查询事项", "查询事项"),
            new Leaf("R3.4.1", "（四）无法提供 1.本机关不掌握相关政府信息", "不掌握"),
            new Leaf("R3.4.2", "（四）无法提供 2.没有现成信息需要另行制作", "另行制作", "没有现成"),
            new Leaf("R3.4.3", "（四）无法提供 3.补正后申请内容仍不明确", "补正后", "仍不明确"),
            new Leaf("R3.5.1", "（五）不予处理 1.信访举报投诉类申请", "信访", "举报投诉"),
            new Leaf("R3.5.2", "（五）不予处理 2.重复申请", "重复申请"),
            new Leaf("R3.5.3", "（五）不予处理 3.要求提供公开出版物", "公开出版物"),
            new Leaf("R3.5.4", "（五）不予处理 4.无正当理由大量反复申请", "大量反复"),
            new Leaf("R3.5.5", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "重新出具", "已获取信息"),
            new Leaf("R3.6.1", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正"),
            new Leaf("R3.6.2", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "收费通知", "缴纳费用"),
            new Leaf("R3.6.3", "（六）其他处理 3.其他"));

    private static final Map<String, String> TOP_LABELS = new LinkedHashMap<>();
    static {
        TOP_LABELS.put("R1", "一、本年新收政府信息公开申请数量");
        TOP_LABELS.put("R2", "二、上年结转政府信息公开申请数量");
        TOP_LABELS.put("R3.1", "（一）予以公开");
        TOP_LABELS.put("R3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        TOP_LABELS.put("R3.6", "（六）其他处理");
        TOP_LABELS.put("R3.7", "（七）总计");
        TOP_LABELS.put("R4", "四、结转下年度继续办理");
    }

    static final Template V2021 = template(false);
    static final Template V2019 = template(true);

    private static final Set<String> HEADER_WORDS = Set.of(
            "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "法人或其他组织", "申请人情况", "总计", "小计", "其他");

    private static Template template(boolean v2019) {
        List<Template.Row> rows = new ArrayList<>();
        rows.add(new Template.Row("R1", TOP_LABELS.get("R1"), COLUMNS));
        rows.add(new Template.Row("R2", TOP_LABELS.get("R2"), COLUMNS));
        rows.add(new Template.Row("R3.1", TOP_LABELS.get("R3.1"), COLUMNS));
        rows.add(new Template.Row("R3.2", TOP_LABELS.get("R3.2"), COLUMNS));
        for (Leaf l : LEAVES) {
            if (l.key().startsWith("R3.6.")) continue;
            rows.add(new Template.Row(l.key(), l.label(), COLUMNS));
        }
        if (v2019) {
            rows.add(new Template.Row("R3.6", TOP_LABELS.get("R3.6"), COLUMNS));
        } else {
            for (Leaf l : LEAVES) if (l.key().startsWith("R3.6.")) rows.add(new Template.Row(l.key(), l.label(), COLUMNS));
        }
        rows.add(new Template.Row("R3.7", TOP_LABELS.get("R3.7"), COLUMNS));
        rows.add(new Template.Row("R4", TOP_LABELS.get("R4"), COLUMNS));
        return new Template(rows);
    }

    /** A recognised data row: its template key and the index of its last label cell. */
    private record Match(String key, SourceRow row, int lastLabel) { }

    @Override
    public TableReading<Table3> parse(List<TextLine> region) {
        List<SourceRow> rows = SourceRows.of(region);
        List<SourceRow> headers = new ArrayList<>();
        Map<String, Match> matches = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String group = null;
        for (SourceRow row : rows) {
            if (isHeader(row)) {
                headers.add(row);
                continue;
            }
            String key = null;
            int lastLabel = -1;
            int unmatchedText = 0;
            boolean bareTotal = false;
            String groupBefore = group;
            for (int i = 0; i < row.size(); i++) {
                CellValue v = row.value(i);
                if (v.state() != io.nblint.facts.CellState.TEXT) continue;
                String core = LabelText.core(row.cell(i).text());
                String top = core.length() > 60 ? null : topKey(core);
                String grp = core.length() > 60 ? null : groupKey(core);
                String leaf = core.length() > 60 ? null : leafKey(core, grp != null ? grp : group);
                if (top == null && grp == null && leaf == null) {
                    unmatchedText++;
                    continue;
                }
                bareTotal = "R3.7".equals(top) && leaf == null;
                lastLabel = i;
                if (grp != null) group = grp;
                if (top != null) {
                    group = null;
                    if (!top.equals("R3")) key = top;
                }
                if (leaf != null) {
                    key = leaf;
                    group = leaf.substring(0, 4);
                }
            }
            if (key == null && "R3.6".equals(group) && lastLabel >= 0 && lastLabel < row.size() - 1) {
                key = "R3.6"; // 2019 试行: （六）其他处理 is one row with its own values
            }
            if (key == null) continue;
            if (bareTotal && lastLabel == row.size() - 1) {
                // "总计" alone on its line: the column header of a table written one cell per line
                // (web pages with a <p> or <div> per cell), not the （七）总计 row, which has values.
                group = groupBefore;
                continue;
            }
            if (bareTotal && unmatchedText > 0 || textAfter(row, lastLabel) >= 2) {
                group = groupBefore; // a header of another table (表四 "总计" beside "结果维持"), not a data row
                continue;
            }
            if (matches.containsKey(key)) {
                problems.add("表三「" + labelOf(key) + "」行重复出现（第" + row.line() + "行），已按第一次出现的行读取");
                continue;
            }
            matches.put(key, new Match(key, row, lastLabel));
        }

        boolean has2021 = matches.keySet().stream().anyMatch(k -> k.startsWith("R3.6."));
        if (has2021 && matches.containsKey("R3.6") && matches.get("R3.6").row().valueCount() == 0) {
            matches.remove("R3.6"); // the group label on a row of its own, above its sub-rows
        }
        boolean has2019 = matches.containsKey("R3.6");
        if (matches.isEmpty() && headers.isEmpty()) return absent();
        FormatVersion format = has2021 ? FormatVersion.V2021 : has2019 ? FormatVersion.V2019 : FormatVersion.UNKNOWN;
        if (has2021 && has2019) {
            problems.add("表三既有「（六）其他处理」单行（2019年试行格式），又有其细分行（2021年格式），按2021年格式读取");
            matches.remove("R3.6");
        }
        CellGrid<Table3Cell> grid = new CellGrid<>(format == FormatVersion.V2019 ? V2019 : V2021, Table3Cell::new);
        problems.forEach(grid::problem);

        boolean subtotal = headers.stream().anyMatch(h -> h.cells().stream().anyMatch(c -> LabelText.core(c.text()).contains("小计")));
        int n = COLUMNS.size() + (subtotal ? 1 : 0);
        List<Integer> gridColumns = gridColumns(headers);
        List<RowAlignment.Request> requests = new ArrayList<>();
        for (Match m : matches.values()) requests.add(new RowAlignment.Request(m.row(), m.lastLabel(), n, labelOf(m.key())));
        RowAlignment alignment = new RowAlignment(requests);
        List<String> keys = new ArrayList<>(matches.keySet());
        for (int i = 0; i < requests.size(); i++) {
            RowAlignment.Request r = requests.get(i);
            String key = keys.get(i);
            RowAlignment.Result result = r.row().gridAligned() && gridColumns != null
                    ? alignment.alignByGrid(r, gridColumns)
                    : withoutSubtotal(alignment.align(r), subtotal && !(r.row().gridAligned() && gridColumns != null));
            grid.putRow(key, result, r.row().line(), r.row().page());
        }
        grid.reportMissingRows("表三");

        int start = Integer.MAX_VALUE;
        int end = 0;
        Integer page = null;
        for (SourceRow h : headers) {
            start = Math.min(start, h.line());
            if (page == null) page = h.page();
        }
        for (Match m : matches.values()) {
            start = Math.min(start, m.row().line());
            for (Cell c : m.row().cells()) end = Math.max(end, c.line());
            end = Math.max(end, m.row().line());
            if (page == null) page = m.row().page();
        }
        TableState state = matches.isEmpty() ? TableState.UNREADABLE : grid.state();
        if (matches.isEmpty()) grid.problem("表三只找到表头，未找到任何数据行");
        List<Table3Cell> cells = grid.cells();
        Table3 table = new Table3(format, state, start == Integer.MAX_VALUE ? null : start, end == 0 ? null : end, page, grid.problems());
        return new TableReading<>(table, new ArrayList<TableCell>(cells));
    }

    private static RowAlignment.Result withoutSubtotal(RowAlignment.Result r, boolean subtotal) {
        if (!subtotal || !r.isRead()) return r;
        List<Cell> cells = new ArrayList<>(r.cells());
        cells.remove(SUBTOTAL_INDEX);
        return new RowAlignment.Result(cells, null);
    }

    /** Grid columns of the seven template columns, from a grid-aligned header; null when not available. */
    private static List<Integer> gridColumns(List<SourceRow> headers) {
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        for (SourceRow h : headers) {
            if (!h.gridAligned()) return null;
            for (Cell c : h.cells()) {
                String core = LabelText.core(c.text());
                for (Template.Column col : COLUMNS) {
                    if (core.equals(col.label()) && !byLabel.containsKey(col.key())) byLabel.put(col.key(), c.column());
                }
            }
        }
        if (byLabel.size() != COLUMNS.size()) return null;
        List<Integer> out = new ArrayList<>();
        for (Template.Column col : COLUMNS) out.add(byLabel.get(col.key()));
        return out;
    }

    private static int textAfter(SourceRow row, int lastLabel) {
        int n = 0;
        for (int i = lastLabel + 1; i < row.size(); i++) if (row.value(i).state() == io.nblint.facts.CellState.TEXT) n++;
        return n;
    }

    private static boolean isHeader(SourceRow row) {
        int words = 0;
        for (Cell c : row.cells()) {
            String core = LabelText.core(c.text());
            if (core.contains("勾稽关系") || core.equals("申请人情况")) return true;
            if (HEADER_WORDS.contains(core)) words++;
        }
        return words >= 2;
    }

    private static String topKey(String core) {
        if (core.contains("本年新收")) return "R1";
        if (core.contains("上年结转")) return "R2";
        if (core.contains("结转下年") || core.contains("继续办理")) return "R4";
        // Before 办理结果: PDF text puts the group label and the row label in one cell ("三、本年度办理结果 （一）予以公开").
        if (core.contains("予以公开")) return "R3.1";
        if (core.contains("部分公开")) return "R3.2";
        if (core.contains("办理结果")) return "R3";
        if (core.equals("总计") || core.equals("合计")) return "R3.7";
        return null;
    }

    private static String groupKey(String core) {
        if (core.contains("不予公开")) return "R3.3";
        if (core.contains("无法提供")) return "R3.4";
        if (core.contains("不予处理")) return "R3.5";
        if (core.contains("其他处理")) return "R3.6";
        return null;
    }

    private static String leafKey(String core, String group) {
        for (Leaf l : LEAVES) {
            for (String w : l.words()) if (core.contains(w)) return l.key();
        }
        // "3.其他" exists only under （六）其他处理; elsewhere a lone "其他" is not a row label.
        if (core.equals("其他") && "R3.6".equals(group)) return "R3.6.3";
        return null;
    }

    static String labelOf(String key) {
        if (TOP_LABELS.containsKey(key)) return TOP_LABELS.get(key);
        for (Leaf l : LEAVES) if (l.key().equals(key)) return l.label();
        return key;
    }

    private static TableReading<Table3> absent() {
        CellGrid<Table3Cell> grid = new CellGrid<>(V2021, Table3Cell::new);
        Table3 table = new Table3(FormatVersion.UNKNOWN, TableState.ABSENT, null, null, null, List.of("未找到表三"));
        return new TableReading<>(table, new ArrayList<TableCell>(grid.cells()));
    }
}

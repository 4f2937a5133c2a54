package io.nblint.parse.table;

import io.nblint.facts.CellState;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.Table2;
import io.nblint.facts.Table2Cell;
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

/**
 * Table 二 (主动公开政府信息情况), in the 2021 format (four blocks, 9 cells) or the 2019 试行 format
 * (five blocks with item counts and 政府集中采购). The format is told by the column headers
 * ("本年制发件数" vs "本年新制作数量"/"上一年项目数量") and the 2019-only rows.
 */
public class Table2Parser implements TableParser<Table2> {
    private static final Template.Column ISSUED = new Template.Column("issued", "本年制发件数");
    private static final Template.Column REPEALED = new Template.Column("repealed", "本年废止件数");
    private static final Template.Column VALID = new Template.Column("valid", "现行有效件数");
    private static final Template.Column DECISIONS = new Template.Column("decisions", "本年处理决定数量");
    private static final Template.Column AMOUNT = new Template.Column("amount", "本年收费金额（万元）");
    private static final Template.Column MADE = new Template.Column("made", "本年新制作数量");
    private static final Template.Column PUBLISHED = new Template.Column("published", "本年新公开数量");
    private static final Template.Column TOTAL_PUBLIC = new Template.Column("total_public", "对外公开总数量");
    private static final Template.Column PRIOR = new Template.Column("prior_items", "上一年项目数量");
    private static final Template.Column DELTA = new Template.Column("delta", "本年增/减");
    private static final Template.Column DECISIONS_2019 = new Template.Column("decisions", "处理决定数量");
    private static final Template.Column PROC_ITEMS = new Template.Column("procurement_items", "采购项目数量");
    private static final Template.Column PROC_AMOUNT = new Template.Column("procurement_amount", "采购总金额");

    static final Template V2021 = new Template(List.of(
            new Template.Row("regulation", "规章", List.of(ISSUED, REPEALED, VALID)),
            new Template.Row("normative", "行政规范性文件", List.of(ISSUED, REPEALED, VALID)),
            new Template.Row("license", "行政许可", List.of(DECISIONS)),
            new Template.Row("penalty", "行政处罚", List.of(DECISIONS)),
            new Template.Row("coercion", "行政强制", List.of(DECISIONS)),
            new Template.Row("fee", "行政事业性收费", List.of(AMOUNT))));

    static final Template V2019 = new Template(List.of(
            new Template.Row("regulation", "规章", List.of(MADE, PUBLISHED, TOTAL_PUBLIC)),
            new Template.Row("normative", "规范性文件", List.of(MADE, PUBLISHED, TOTAL_PUBLIC)),
            new Template.Row("license", "行政许可", List.of(PRIOR, DELTA, DECISIONS_2019)),
            new Template.Row("other_service", "其他对外管理服务事项", List.of(PRIOR, DELTA, DECISIONS_2019)),
            new Template.Row("penalty", "行政处罚", List.of(PRIOR, DELTA, DECISIONS_2019)),
            new Template.Row("coercion", "行政强制", List.of(PRIOR, DELTA, DECISIONS_2019)),
            new Template.Row("fee", "行政事业性收费", List.of(PRIOR, DELTA)),
            new Template.Row("procurement", "政府集中采购", List.of(PROC_ITEMS, PROC_AMOUNT))));

    private static final List<String> WORDS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "本年处理决定数量");
    private static final List<String> WORDS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
            "本年增/减", "本年增减", "采购项目数量", "采购总金额");

    private record Match(String key, SourceRow row, int labelIndex, SourceRow header) { }

    @Override
    public TableReading<Table2> parse(List<TextLine> region) {
        List<SourceRow> rows = SourceRows.of(region);
        Map<String, Match> matches = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int votes2021 = 0;
        int votes2019 = 0;
        SourceRow header = null;
        Integer start = null;
        for (SourceRow row : rows) {
            int rowVotes2021 = 0;
            int rowVotes2019 = 0;
            boolean block = false;
            for (Cell c : row.cells()) {
                String core = LabelText.core(c.text());
                if (WORDS_2021.stream().anyMatch(core::contains)) rowVotes2021++;
                if (WORDS_2019.stream().anyMatch(core::contains)) rowVotes2019++;
                if (core.matches("^第二十条第?\\([一二三四五六七八九十]+\\)项.*") && core.length() < 20) block = true;
            }
            if (rowVotes2021 + rowVotes2019 > 0 || block) {
                votes2021 += rowVotes2021;
                votes2019 += rowVotes2019;
                if (rowVotes2021 + rowVotes2019 > 0) header = row;
                if (start == null) start = row.line();
                continue;
            }
            for (int i = 0; i < row.size(); i++) {
                if (row.value(i).state() != CellState.TEXT) continue;
                String key = rowKey(LabelText.core(row.cell(i).text()));
                if (key == null) continue;
                if (key.equals("other_service") || key.equals("procurement")) votes2019++;
                if (matches.containsKey(key)) {
                    problems.add("表二「" + key + "」行重复出现（第" + row.line() + "行），已按第一次出现的行读取");
                } else {
                    matches.put(key, new Match(key, row, i, header));
                }
                break;
            }
        }
        if (matches.isEmpty() && start == null) {
            CellGrid<Table2Cell> grid = new CellGrid<>(V2021, Table2Cell::new);
            return new TableReading<>(new Table2(FormatVersion.UNKNOWN, TableState.ABSENT, null, null, null, List.of("未找到表二")),
                    new ArrayList<TableCell>(grid.cells()));
        }
        FormatVersion format = votes2019 > votes2021 ? FormatVersion.V2019
                : votes2021 > 0 ? FormatVersion.V2021 : FormatVersion.UNKNOWN;
        if (votes2019 > 0 && votes2021 > 0) problems.add("表二同时出现2019年试行格式和2021年格式的栏目，按" + format.getLabel() + "读取");
        Template template = format == FormatVersion.V2019 ? V2019 : V2021;
        CellGrid<Table2Cell> grid = new CellGrid<>(template, Table2Cell::new);
        problems.forEach(grid::problem);

        List<Match> used = new ArrayList<>();
        List<RowAlignment.Request> requests = new ArrayList<>();
        for (Match m : matches.values()) {
            if (!grid.has(m.key())) {
                grid.problem("表二「" + m.row().cell(m.labelIndex()).text() + "」行不属于" + format.getLabel() + "，未读取");
                continue;
            }
            int n = template.row(m.key()).columns().size();
            used.add(m);
            requests.add(new RowAlignment.Request(m.row(), m.labelIndex(), n, template.row(m.key()).label()));
        }
        RowAlignment alignment = new RowAlignment(requests);
        int end = start == null ? 0 : start;
        Integer page = null;
        for (int i = 0; i < used.size(); i++) {
            Match m = used.get(i);
            RowAlignment.Request r = requests.get(i);
            List<Integer> columns = m.row().gridAligned() ? headerColumns(m.header(), template.row(m.key())) : null;
            grid.putRow(m.key(), columns != null ? alignment.alignByGrid(r, columns) : alignment.align(r), m.row().line(), m.row().page());
            start = start == null ? m.row().line() : Math.min(start, m.row().line());
            for (Cell c : m.row().cells()) end = Math.max(end, c.line());
            if (page == null) page = m.row().page();
        }
        grid.reportMissingRows("表二");
        TableState state = used.isEmpty() ? TableState.UNREADABLE : grid.state();
        if (used.isEmpty()) grid.problem("表二只找到栏目标题，未找到任何数据行");
        Table2 table = new Table2(format, state, start, end == 0 ? null : end, page, grid.problems());
        return new TableReading<>(table, new ArrayList<TableCell>(grid.cells()));
    }

    /** Grid columns of a row's template columns, read from the block's grid-aligned header. */
    private static List<Integer> headerColumns(SourceRow header, Template.Row row) {
        if (header == null || !header.gridAligned()) return null;
        List<Integer> out = new ArrayList<>();
        for (Template.Column col : row.columns()) {
            Integer found = null;
            for (Cell c : header.cells()) {
                if (columnMatches(LabelText.core(c.text()), col)) {
                    found = c.column();
                    break;
                }
            }
            if (found == null) return null;
            out.add(found);
        }
        return out;
    }

    private static boolean columnMatches(String core, Template.Column col) {
        return switch (col.key()) {
            case "issued" -> core.contains("制发");
            case "repealed" -> core.contains("废止");
            case "valid" -> core.contains("现行有效");
            case "decisions" -> core.contains("处理决定");
            case "amount" -> core.contains("收费金额");
            case "made" -> core.contains("新制作");
            case "published" -> core.contains("新公开");
            case "total_public" -> core.contains("公开总");
            case "prior_items" -> core.contains("上一年");
            case "delta" -> core.contains("增/减") || core.contains("增减");
            case "procurement_items" -> core.contains("采购项目");
            case "procurement_amount" -> core.contains("总金额");
            default -> false;
        };
    }

    /** Row key for a label cell; short labels only, so prose mentioning 行政处罚 is never a row. */
    static String rowKey(String core) {
        if (core.length() > 20) return null;
        if (core.equals("规章") || core.startsWith("规章") && core.length() <= 6) return "regulation";
        if (core.contains("规范性文件") && core.length() <= 12) return "normative";
        if (core.contains("其他对外管理服务事项")) return "other_service";
        if (core.contains("行政许可") && core.length() <= 10) return "license";
        if (core.contains("行政处罚") && core.length() <= 10) return "penalty";
        if (core.contains("行政强制") && core.length() <= 10) return "coercion";
        if (core.contains("行政事业性收费") && core.length() <= 14) return "fee";
        if (core.contains("政府集中采购") && core.length() <= 14) return "procurement";
        return null;
    }
}

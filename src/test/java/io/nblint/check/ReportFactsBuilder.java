package io.nblint.check;

import io.nblint.facts.CellState;
import io.nblint.facts.FeeStatement;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.OrganType;
import io.nblint.facts.Part;
import io.nblint.facts.QuotedNumber;
import io.nblint.facts.Report;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.StatisticsPeriod;
import io.nblint.facts.Table2;
import io.nblint.facts.Table2Cell;
import io.nblint.facts.Table3;
import io.nblint.facts.Table3Cell;
import io.nblint.facts.Table4;
import io.nblint.facts.Table4Cell;
import io.nblint.facts.TableCell;
import io.nblint.facts.TableState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only: builds the facts of a complete, consistent report by hand (every identity holds),
 * so that each rule test changes one thing and sees exactly one rule fire.
 *
 * <p>The clean 2021 report: 青山市生态环境局, year 2023, period 2023-01-01..2023-12-31, published
 * 2024-01-20, six parts in order, table 三 with these non-zero counts (totals are computed):
 * <pre>
 *            natural commercial research nonprofit legal other
 *  R1          10       3          0        1       2     0     → 16
 *  R2           2       0          0        0       1     0     → 3
 *  R3.1         5       2          0        1       1     0     → 9
 *  R3.2         1                                               → 1
 *  R3.3.4       1                                               → 1
 *  R3.3.8                                           1           → 1
 *  R3.4.1       2       1                                       → 3
 *  R3.5.2       1                                               → 1
 *  R3.6.2       1                                               → 1   (2019 format: R3.6)
 *  R3.7        11       3          0        1       2     0     → 17
 *  R4           1       0          0        0       1     0     → 2
 * </pre>
 * Table 四: 复议 1/1/0/1 → 3; 直诉 1/0/0/0 → 1; 复议后起诉 0/0/1/0 → 1.
 * Table 二 (2021): 规章 0/0/0, 行政规范性文件 2/1/12, 许可 35, 处罚 12, 强制 3, 收费 1.25 万元.
 * Part 六 holds a fee statement: 1 notice, 100 元, 0 collected. The text quotes R1 总计 16 and
 * 复议后起诉 总计 1.
 */
public class ReportFactsBuilder {
    public static final String[] T3_COLUMNS = {"natural", "commercial", "research", "nonprofit", "legal", "other", "total"};
    public static final String[] T3_COLUMN_LABELS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
    public static final String[] T4_ROWS = {"review", "direct", "after_review"};
    public static final String[] T4_ROW_LABELS = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
    public static final String[] T4_COLUMNS = {"upheld", "corrected", "other", "pending", "total"};
    public static final String[] T4_COLUMN_LABELS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

    static final Map<String, String> T3_ROW_LABELS = new LinkedHashMap<>();

    static {
        String[][] rows = {
            {"R1", "一、本年新收政府信息公开申请数量"}, {"R2", "二、上年结转政府信息公开申请数量"},
            {"R3.1", "（一）予以公开"}, {"R3.2", "（二）部分公开"},
            {"R3.3.1", "（三）不予公开 1.属于国家秘密"}, {"R3.3.2", "（三）不予公开 2.其他法律行政法规禁止公开"},
            {"R3.3.3", "（三）不予公开 3.危及“三安全一稳定”"}, {"R3.3.4", "（三）不予公开 4.保护第三方合法权益"},
            {"R3.3.5", "（三）不予公开 5.属于三类内部事务信息"}, {"R3.3.6", "（三）不予公开 6.属于四类过程性信息"},
            {"R3.3.7", "（三）不予公开 7.属于行政执法案卷"}, {"R3.3.8", "（三）不予公开 8.属于行政查询事项"},
            {"R3.4.1", "（四）无法提供 1.本机关不掌握相关政府信息"}, {"R3.4.2", "（四）无法提供 2.没有现成信息需要另行制作"},
            {"R3.4.3", "（四）无法提供 3.补正后申请内容仍不明确"}, {"R3.5.1", "（五）不予处理 1.信访举报投诉类申请"},
            {"R3.5.2", "（五）不予处理 2.重复申请"}, {"R3.5.3", "（五）不予处理 3.要求提供公开出版物"},
            {"R3.5.4", "（五）不予处理 4.无正当理由大量反复申请"}, {"R3.5.5", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"},
            {"R3.6", "（六）其他处理"},
            {"R3.6.1", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            {"R3.6.2", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            {"R3.6.3", "（六）其他处理 3.其他"}, {"R3.7", "（七）总计"}, {"R4", "四、结转下年度继续办理"}};
        for (String[] r : rows) T3_ROW_LABELS.put(r[0], r[1]);
    }

    /** One cell as it will be inserted. */
    static final class CellSpec {
        final String table, row, column, rowLabel, columnLabel;
        CellState state = CellState.NUMBER;
        BigDecimal value = BigDecimal.ZERO;
        String raw = "0";
        String unit;
        final int line;

        CellSpec(String table, String row, String column, String rowLabel, String columnLabel, int line) {
            this.table = table; this.row = row; this.column = column;
            this.rowLabel = rowLabel; this.columnLabel = columnLabel; this.line = line;
        }

        TableCell toFact() {
            BigDecimal v = state == CellState.NUMBER ? value : null;
            String r = switch (state) {
                case NUMBER, PLACEHOLDER, TEXT -> raw;
                case BLANK -> "";
                default -> null;
            };
            return switch (table) {
                case "表二" -> new Table2Cell(row, column, rowLabel, columnLabel, r, state, v, unit, line, null);
                case "表三" -> new Table3Cell(row, column, rowLabel, columnLabel, r, state, v, unit, line, null);
                default -> new Table4Cell(row, column, rowLabel, columnLabel, r, state, v, unit, line, null);
            };
        }
    }

    /** A part heading: canonical number and reading order. */
    record PartSpec(int number, int order) {}

    String title = "青山市生态环境局2023年政府信息公开工作年度报告";
    String agency = "青山市生态环境局";
    Integer year = 2023;
    FormatVersion formatVersion = FormatVersion.V2021;
    LocalDate publicationDate = LocalDate.of(2024, 1, 20);
    OrganType organType = OrganType.DEPARTMENT;
    StatisticsPeriod period = period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    final List<PartSpec> parts = new ArrayList<>();
    final Map<String, CellSpec> cells = new LinkedHashMap<>();
    final Map<String, TableState> tableStates = new LinkedHashMap<>();
    final Map<String, FormatVersion> tableFormats = new LinkedHashMap<>();
    final List<FeeStatement> fees = new ArrayList<>();
    final List<QuotedNumber> quotes = new ArrayList<>();

    public static ReportFactsBuilder clean2021() {
        ReportFactsBuilder b = new ReportFactsBuilder();
        b.init(FormatVersion.V2021);
        b.fees.add(fee(6, 1, new BigDecimal("100"), BigDecimal.ZERO, false, false));
        return b;
    }

    /** The same report in the 2019 试行 format, for year 2020 (no fee statement: not required before 2021). */
    public static ReportFactsBuilder clean2019() {
        ReportFactsBuilder b = new ReportFactsBuilder();
        b.init(FormatVersion.V2019);
        b.title = "青山市生态环境局2020年政府信息公开工作年度报告";
        b.year = 2020;
        b.publicationDate = LocalDate.of(2021, 1, 20);
        b.period = period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        return b;
    }

    private void init(FormatVersion format) {
        formatVersion = format;
        for (int n = 1; n <= 6; n++) parts.add(new PartSpec(n, n - 1));
        for (String t : List.of("表二", "表三", "表四")) {
            tableStates.put(t, TableState.READ);
            tableFormats.put(t, format);
        }
        if (format == FormatVersion.V2021) table2021(); else table2019();
        table3(format);
        table4();
        quotes.add(new QuotedNumber("表三", "R1", "total", "本年新收申请", new BigDecimal(16),
                "全年共收到政府信息公开申请16件。", "收到政府信息公开申请16件", 1, 14, null));
        quotes.add(new QuotedNumber("表四", "after_review", "total", "复议后起诉", BigDecimal.ONE,
                "复议后起诉1件。", "复议后起诉1件", 1, 15, null));
    }

    private void table2021() {
        int line = 30;
        t2(line++, "regulation", "规章", new String[]{"issued", "repealed", "valid"}, new String[]{"本年制发件数", "本年废止件数", "现行有效件数"}, 0, 0, 0);
        t2(line++, "normative", "行政规范性文件", new String[]{"issued", "repealed", "valid"}, new String[]{"本年制发件数", "本年废止件数", "现行有效件数"}, 2, 1, 12);
        t2(line++, "license", "行政许可", new String[]{"decisions"}, new String[]{"本年处理决定数量"}, 35);
        t2(line++, "penalty", "行政处罚", new String[]{"decisions"}, new String[]{"本年处理决定数量"}, 12);
        t2(line++, "coercion", "行政强制", new String[]{"decisions"}, new String[]{"本年处理决定数量"}, 3);
        t2(line, "fee", "行政事业性收费", new String[]{"amount"}, new String[]{"本年收费金额（单位：万元）"}, 0);
        number("表二", "fee", "amount", "1.25");
    }

    private void table2019() {
        int line = 30;
        String[] c1 = {"made", "published", "total_public"}, l1 = {"本年新制作数量", "本年新公开数量", "对外公开总数量"};
        String[] c5 = {"prior_items", "delta", "decisions"}, l5 = {"上一年项目数量", "本年增/减", "处理决定数量"};
        t2(line++, "regulation", "规章", c1, l1, 0, 0, 0);
        t2(line++, "normative", "规范性文件", c1, l1, 2, 2, 12);
        t2(line++, "license", "行政许可", c5, l5, 10, -2, 35);
        t2(line++, "other_service", "其他对外管理服务事项", c5, l5, 4, 0, 6);
        t2(line++, "penalty", "行政处罚", c5, l5, 20, 1, 12);
        t2(line++, "coercion", "行政强制", c5, l5, 5, 0, 3);
        t2(line++, "fee", "行政事业性收费", new String[]{"prior_items", "delta"}, new String[]{"上一年项目数量", "本年增/减"}, 2, 0);
        t2(line, "procurement", "政府集中采购", new String[]{"procurement_items", "procurement_amount"}, new String[]{"采购项目数量", "采购总金额"}, 3, 0);
        number("表二", "procurement", "procurement_amount", "45.6");
    }

    private void t2(int line, String row, String rowLabel, String[] columns, String[] labels, int... values) {
        for (int i = 0; i < columns.length; i++) {
            cells.put(key("表二", row, columns[i]), new CellSpec("表二", row, columns[i], rowLabel, labels[i], line));
            number("表二", row, columns[i], values[i]);
        }
    }

    private void table3(FormatVersion format) {
        int line = 50;
        for (Map.Entry<String, String> r : T3_ROW_LABELS.entrySet()) {
            String row = r.getKey();
            if (format == FormatVersion.V2021 && row.equals("R3.6")) continue;
            if (format == FormatVersion.V2019 && row.startsWith("R3.6.")) continue;
            for (int c = 0; c < T3_COLUMNS.length; c++) {
                cells.put(key("表三", row, T3_COLUMNS[c]), new CellSpec("表三", row, T3_COLUMNS[c], r.getValue(), T3_COLUMN_LABELS[c], line));
            }
            line++;
        }
        String other = format == FormatVersion.V2021 ? "R3.6.2" : "R3.6";
        t3("R1", 10, 3, 0, 1, 2, 0);
        t3("R2", 2, 0, 0, 0, 1, 0);
        t3("R3.1", 5, 2, 0, 1, 1, 0);
        t3("R3.2", 1, 0, 0, 0, 0, 0);
        t3("R3.3.4", 1, 0, 0, 0, 0, 0);
        t3("R3.3.8", 0, 0, 0, 0, 1, 0);
        t3("R3.4.1", 2, 1, 0, 0, 0, 0);
        t3("R3.5.2", 1, 0, 0, 0, 0, 0);
        t3(other, 1, 0, 0, 0, 0, 0);
        t3("R3.7", 11, 3, 0, 1, 2, 0);
        t3("R4", 1, 0, 0, 0, 1, 0);
    }

    /** Sets the six applicant columns of a table 三 row and its 总计 as their sum. */
    private void t3(String row, int... six) {
        int total = 0;
        for (int c = 0; c < 6; c++) {
            number("表三", row, T3_COLUMNS[c], six[c]);
            total += six[c];
        }
        number("表三", row, "total", total);
    }

    private void table4() {
        int[][] values = {{1, 1, 0, 1, 3}, {1, 0, 0, 0, 1}, {0, 0, 1, 0, 1}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                cells.put(key("表四", T4_ROWS[r], T4_COLUMNS[c]),
                        new CellSpec("表四", T4_ROWS[r], T4_COLUMNS[c], T4_ROW_LABELS[r], T4_COLUMN_LABELS[c], 90));
                number("表四", T4_ROWS[r], T4_COLUMNS[c], values[r][c]);
            }
        }
    }

    static String key(String table, String row, String column) { return table + "|" + row + "|" + column; }

    CellSpec spec(String table, String row, String column) {
        CellSpec s = cells.get(key(table, row, column));
        if (s == null) throw new IllegalArgumentException("no cell " + key(table, row, column));
        return s;
    }

    // ---- mutations -------------------------------------------------------------------------

    public ReportFactsBuilder number(String table, String row, String column, long value) {
        return number(table, row, column, Long.toString(value));
    }

    public ReportFactsBuilder number(String table, String row, String column, String value) {
        CellSpec s = spec(table, row, column);
        s.state = CellState.NUMBER;
        s.value = new BigDecimal(value);
        s.raw = value;
        return this;
    }

    /** Adds {@code delta} to a NUMBER cell. */
    public ReportFactsBuilder add(String table, String row, String column, long delta) {
        CellSpec s = spec(table, row, column);
        return number(table, row, column, s.value.add(BigDecimal.valueOf(delta)).toPlainString());
    }

    public ReportFactsBuilder state(String table, String row, String column, CellState state, String raw) {
        CellSpec s = spec(table, row, column);
        s.state = state;
        s.raw = raw;
        return this;
    }

    public ReportFactsBuilder unit(String table, String row, String column, String unit) {
        spec(table, row, column).unit = unit;
        return this;
    }

    /** Inserts an extra cell (e.g. a MISSING row of the other template). */
    public ReportFactsBuilder extraCell(String table, String row, String column, CellState state) {
        CellSpec s = new CellSpec(table, row, column, T3_ROW_LABELS.getOrDefault(row, row), column, 99);
        s.state = state;
        s.raw = null;
        cells.put(key(table, row, column), s);
        return this;
    }

    /** Table absent: state ABSENT and none of its cells. */
    public ReportFactsBuilder tableAbsent(String table) {
        tableStates.put(table, TableState.ABSENT);
        cells.values().removeIf(c -> c.table.equals(table));
        return this;
    }

    public ReportFactsBuilder tableState(String table, TableState state) {
        tableStates.put(table, state);
        return this;
    }

    public ReportFactsBuilder removePart(int number) {
        parts.removeIf(p -> p.number == number);
        return this;
    }

    /** Puts the parts in this reading order, e.g. 1,2,3,4,6,5. */
    public ReportFactsBuilder partOrder(int... numbers) {
        parts.clear();
        for (int i = 0; i < numbers.length; i++) parts.add(new PartSpec(numbers[i], i));
        return this;
    }

    public ReportFactsBuilder year(Integer year) { this.year = year; return this; }

    public ReportFactsBuilder title(String title, String agency) { this.title = title; this.agency = agency; return this; }

    public ReportFactsBuilder formatVersion(FormatVersion v) { this.formatVersion = v; return this; }

    public ReportFactsBuilder organType(OrganType t) { this.organType = t; return this; }

    public ReportFactsBuilder publicationDate(LocalDate d) { this.publicationDate = d; return this; }

    public ReportFactsBuilder period(LocalDate start, LocalDate end, boolean endYearWritten) {
        this.period = new StatisticsPeriod("本报告统计期限为" + start + "至" + end + "。", start, end, endYearWritten, 4, null);
        return this;
    }

    public ReportFactsBuilder noPeriod() { this.period = null; return this; }

    public ReportFactsBuilder noFees() { fees.clear(); return this; }

    public ReportFactsBuilder fee(FeeStatement f) { fees.add(f); return this; }

    public ReportFactsBuilder quote(QuotedNumber q) { quotes.add(q); return this; }

    public ReportFactsBuilder noQuotes() { quotes.clear(); return this; }

    /** Replaces the quoted value of the quote on (table,row,column). */
    public ReportFactsBuilder quoteValue(String table, String row, String column, long value) {
        for (int i = 0; i < quotes.size(); i++) {
            QuotedNumber q = quotes.get(i);
            if (q.getTable().equals(table) && q.getRow().equals(row) && q.getColumn().equals(column)) {
                quotes.set(i, new QuotedNumber(table, row, column, q.getTopic(), BigDecimal.valueOf(value),
                        q.getSentence().replaceAll("\\d+", Long.toString(value)),
                        q.getFragment().replaceAll("\\d+", Long.toString(value)), q.getPart(), q.getLine(), null));
                return this;
            }
        }
        throw new IllegalArgumentException("no quote on " + key(table, row, column));
    }

    static StatisticsPeriod period(LocalDate start, LocalDate end) {
        return new StatisticsPeriod("本报告统计期限为" + start + "至" + end + "。", start, end, true, 4, null);
    }

    public static FeeStatement fee(int part, Integer notices, BigDecimal noticeAmount, BigDecimal collected,
                                   boolean noneCollected, boolean noNotices) {
        String text = "本年度共发出收费通知" + notices + "件，金额" + noticeAmount + "元，实际收取信息处理费" + collected + "元。";
        return new FeeStatement(text, part, part == 6 ? 120 : 10 + part, null, notices, noticeAmount, collected,
                noneCollected, noNotices);
    }

    // ---- build -----------------------------------------------------------------------------

    public ReportFacts build() {
        Report report = new Report("test.txt", title, 2, agency, year, formatVersion, publicationDate,
                publicationDate == null ? null : publicationDate.toString(), publicationDate == null ? null : 130,
                organType, "根据《中华人民共和国政府信息公开条例》……", 130);
        List<Part> partFacts = new ArrayList<>();
        for (PartSpec p : parts) {
            int start = 10 + p.order * 20;
            partFacts.add(new Part(p.number, "一二三四五六".substring(p.number - 1, p.number),
                    "一二三四五六".charAt(p.number - 1) + "、" + Part.TITLES[p.number - 1], p.order,
                    "（正文）", start, start + 19, null));
        }
        List<TableCell> cellFacts = cells.values().stream().map(CellSpec::toFact).toList();
        Table2 t2 = new Table2(tableFormats.get("表二"), tableStates.get("表二"), 30, 38, null, List.of());
        Table3 t3 = new Table3(tableFormats.get("表三"), tableStates.get("表三"), 48, 76, null, List.of());
        Table4 t4 = new Table4(tableFormats.get("表四"), tableStates.get("表四"), 88, 90, null, List.of());
        return new ReportFacts(report, period, partFacts, t2, t3, t4, cellFacts, fees, quotes);
    }
}

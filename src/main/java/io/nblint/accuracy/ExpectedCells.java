package io.nblint.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Table cell values typed by hand from one report, and the files (one per format) that carry that report.
 * Two layouts are read:
 * <ul>
 *   <li>fixture layout ({@code expected-cells.json}): {@code files} relative to the JSON file;
 *       {@code table2} as row → column → value with canonical keys; {@code table3} as row key → the seven
 *       applicant columns in template order; {@code table4} as row key → the five result columns;</li>
 *   <li>corpus layout ({@code NAME.expected.json} beside {@code NAME.pdf}): tables keyed by their printed
 *       labels, table 三 rows in template order, table 四 as fifteen values.</li>
 * </ul>
 * A value is a number, {@code null} for a cell left blank, or a string for a placeholder ("／", "—").
 */
public record ExpectedCells(Path source, String report, List<Path> files, Map<String, Expected> cells) {

    /** What one cell should read as. */
    public record Expected(BigDecimal value, Kind kind) {
        public enum Kind { NUMBER, BLANK, PLACEHOLDER }
    }

    static final List<String> T3_COLUMNS = List.of("natural", "commercial", "research", "nonprofit", "legal", "other", "total");
    static final List<String> T3_ROWS_2021 = List.of("R1", "R2", "R3.1", "R3.2", "R3.3.1", "R3.3.2", "R3.3.3",
            "R3.3.4", "R3.3.5", "R3.3.6", "R3.3.7", "R3.3.8", "R3.4.1", "R3.4.2", "R3.4.3", "R3.5.1", "R3.5.2",
            "R3.5.3", "R3.5.4", "R3.5.5", "R3.6.1", "R3.6.2", "R3.6.3", "R3.7", "R4");
    static final List<String> T4_ROWS = List.of("review", "direct", "after_review");
    static final List<String> T4_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final Map<String, String> T2_LABELS = Map.of("规章", "regulation", "行政规范性文件", "normative",
            "行政许可", "license", "行政处罚", "penalty", "行政强制", "coercion", "行政事业性收费", "fee");

    /** Key of a cell in {@link #cells()}: "表三 R1/natural". */
    public static String key(String table, String row, String column) {
        return table + " " + row + "/" + column;
    }

    /**
     * @throws IllegalArgumentException with a Chinese message naming the file when it cannot be used
     */
    public static ExpectedCells load(Path json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(json + ": 无法读取期望值文件（" + e.getMessage() + "）", e);
        }
        if (root == null || !root.has("table3")) throw new IllegalArgumentException(json + ": 期望值文件缺少 table3");
        Map<String, Expected> cells = new LinkedHashMap<>();
        List<Path> files;
        String report;
        if (root.has("files")) {
            report = root.path("report").asText(json.getParent().getFileName().toString());
            files = new ArrayList<>();
            for (JsonNode f : root.get("files")) files.add(json.getParent().resolve(f.asText()).normalize());
            fixtureTables(json, root, cells);
        } else {
            report = root.path("agency").asText(json.getFileName().toString());
            files = corpusSiblings(json);
            corpusTables(json, root, cells);
        }
        return new ExpectedCells(json, report, List.copyOf(files), cells);
    }

    private static void fixtureTables(Path json, JsonNode root, Map<String, Expected> cells) {
        root.path("table2").fields().forEachRemaining(row -> row.getValue().fields().forEachRemaining(col ->
                cells.put(key("表二", row.getKey(), col.getKey()), expected(json, col.getValue()))));
        rowArrays(json, root.get("table3"), "表三", T3_COLUMNS, cells);
        rowArrays(json, root.path("table4"), "表四", T4_COLUMNS, cells);
    }

    private static void rowArrays(Path json, JsonNode table, String name, List<String> columns, Map<String, Expected> cells) {
        Iterator<Map.Entry<String, JsonNode>> rows = table.fields();
        while (rows.hasNext()) {
            Map.Entry<String, JsonNode> row = rows.next();
            if (row.getValue().size() != columns.size()) {
                throw new IllegalArgumentException(json + ": " + name + "「" + row.getKey() + "」应有 " + columns.size() + " 个值");
            }
            for (int c = 0; c < columns.size(); c++) {
                cells.put(key(name, row.getKey(), columns.get(c)), expected(json, row.getValue().get(c)));
            }
        }
    }

    private static void corpusTables(Path json, JsonNode root, Map<String, Expected> cells) {
        List<String> t2Columns = List.of("issued", "repealed", "valid");
        root.path("table2").fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(item -> {
            if (item.getKey().equals("columns")) return;
            String label = item.getKey().replaceAll("（.*）$", "");
            String row = T2_LABELS.get(label);
            if (row == null) throw new IllegalArgumentException(json + ": 表二不认识的行「" + item.getKey() + "」");
            JsonNode v = item.getValue();
            if (v.isArray()) {
                for (int c = 0; c < v.size(); c++) cells.put(key("表二", row, t2Columns.get(c)), expected(json, v.get(c)));
            } else {
                cells.put(key("表二", row, row.equals("fee") ? "amount" : "decisions"), expected(json, v));
            }
        }));
        JsonNode t3 = root.get("table3");
        if (t3.size() != T3_ROWS_2021.size()) throw new IllegalArgumentException(json + ": 表三应有 25 行");
        Iterator<JsonNode> rows = t3.elements();
        for (String row : T3_ROWS_2021) {
            JsonNode values = rows.next();
            for (int c = 0; c < T3_COLUMNS.size(); c++) cells.put(key("表三", row, T3_COLUMNS.get(c)), expected(json, values.get(c)));
        }
        JsonNode t4 = root.path("table4");
        if (t4.size() == 15) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 5; c++) cells.put(key("表四", T4_ROWS.get(r), T4_COLUMNS.get(c)), expected(json, t4.get(r * 5 + c)));
            }
        }
    }

    private static List<Path> corpusSiblings(Path json) {
        String stem = json.getFileName().toString().replaceFirst("\\.expected\\.json$", "");
        try (Stream<Path> s = Files.list(json.toAbsolutePath().getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(stem + ".") && !p.toString().endsWith(".json"))
                    .sorted().map(p -> json.getParent().resolve(p.getFileName())).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(json + ": 无法列出同名报告文件（" + e.getMessage() + "）", e);
        }
    }

    private static Expected expected(Path json, JsonNode v) {
        if (v == null || v.isNull()) return new Expected(null, Expected.Kind.BLANK);
        if (v.isNumber()) return new Expected(v.decimalValue(), Expected.Kind.NUMBER);
        if (v.isTextual()) return new Expected(null, Expected.Kind.PLACEHOLDER);
        throw new IllegalArgumentException(json + ": 不能作为单元格期望值：" + v);
    }
}

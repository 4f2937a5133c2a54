package io.nblint.read;

import io.nblint.facts.CellState;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.TableCell;
import io.nblint.parse.ReportParser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The values of the hand-made variety fixtures (fixtures/variety: DOCX from generate.py, HTML and
 * TXT typed by hand), typed again here from what was put into them. All fixtures are the same
 * short 2021-format report; only how the file writes it differs.
 */
final class VarietyExpectations {
    private VarietyExpectations() {
    }

    /** Table 二: row → column → value. */
    static Map<String, Map<String, String>> table2() {
        Map<String, Map<String, String>> t = new LinkedHashMap<>();
        t.put("regulation", Map.of("issued", "0", "repealed", "0", "valid", "0"));
        t.put("normative", Map.of("issued", "3", "repealed", "1", "valid", "25"));
        t.put("license", Map.of("decisions", "1234"));
        t.put("penalty", Map.of("decisions", "56"));
        t.put("coercion", Map.of("decisions", "0"));
        t.put("fee", Map.of("amount", "12.5"));
        return t;
    }

    static final List<String> T3_COLUMNS = List.of("natural", "commercial", "research", "nonprofit", "legal", "other", "total");

    /** Table 三 rows that are not all zero; every other row is seven zeros. */
    static Map<String, String> table3NonZero() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("R1", "12 3 0 1 0 0 16");
        t.put("R2", "1 0 0 0 0 0 1");
        t.put("R3.1", "6 2 0 1 0 0 9");
        t.put("R3.2", "2 0 0 0 0 0 2");
        t.put("R3.3.4", "1 0 0 0 0 0 1");
        t.put("R3.4.1", "2 1 0 0 0 0 3");
        t.put("R3.5.2", "1 0 0 0 0 0 1");
        t.put("R3.7", "12 3 0 1 0 0 16");
        t.put("R4", "1 0 0 0 0 0 1");
        return t;
    }

    static final List<String> T3_ROWS = List.of("R1", "R2", "R3.1", "R3.2", "R3.3.1", "R3.3.2", "R3.3.3", "R3.3.4",
            "R3.3.5", "R3.3.6", "R3.3.7", "R3.3.8", "R3.4.1", "R3.4.2", "R3.4.3", "R3.5.1", "R3.5.2", "R3.5.3",
            "R3.5.4", "R3.5.5", "R3.6.1", "R3.6.2", "R3.6.3", "R3.7", "R4");

    /** Table 四: review, direct, after_review × upheld, corrected, other, pending, total. */
    static final String TABLE4 = "1 0 0 0 1  0 0 0 1 1  0 0 0 0 0";

    static ReportFacts parse(ReadDocument doc) {
        return ReportParser.standard().parse(doc);
    }

    /** Asserts every cell of tables 二, 三 and 四 holds the fixture's number; collects all mismatches. */
    static void assertAllTables(ReportFacts facts, String file) {
        List<String> wrong = new ArrayList<>();
        table2().forEach((row, cols) -> cols.forEach((col, v) -> check(facts, "表二", row, col, v, wrong)));
        Map<String, String> nonZero = table3NonZero();
        for (String row : T3_ROWS) {
            String[] values = nonZero.getOrDefault(row, "0 0 0 0 0 0 0").split(" ");
            for (int i = 0; i < 7; i++) check(facts, "表三", row, T3_COLUMNS.get(i), values[i], wrong);
        }
        String[] t4 = TABLE4.trim().split("\\s+");
        List<String> rows = List.of("review", "direct", "after_review");
        List<String> cols = List.of("upheld", "corrected", "other", "pending", "total");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) check(facts, "表四", rows.get(r), cols.get(c), t4[r * 5 + c], wrong);
        }
        if (!wrong.isEmpty()) fail(file + ": " + wrong.size() + " cells wrong: " + String.join("; ", wrong));
    }

    private static void check(ReportFacts facts, String table, String row, String col, String expected, List<String> wrong) {
        TableCell cell = facts.cell(table, row, col);
        assertNotNull(cell, table + " " + row + "|" + col + " is not in the template");
        if (cell.getState() != CellState.NUMBER || cell.getValue().compareTo(new BigDecimal(expected)) != 0) {
            wrong.add(table + " " + row + "|" + col + " expected " + expected + " but " + cell.getState() + " " + cell.getRaw());
        }
    }

    static void assertTitle(ReportFacts facts) {
        assertEquals(2023, facts.report().getYear());
        assertEquals("示例县变体局", facts.report().getAgency());
    }
}

package io.nblint.parse.table;

import io.nblint.facts.CellState;
import io.nblint.facts.TableCell;
import io.nblint.parse.TableReading;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReaders;
import io.nblint.read.TextReader;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Expected tables are written as text, one template row per line: "key: v1 v2 …", where a number
 * means NUMBER with that value, "_" BLANK, "/" PLACEHOLDER, "?" UNREADABLE, "~" MISSING.
 */
final class TableAssertions {
    private TableAssertions() { }

    static ReadDocument seed(String name) throws Exception {
        return ReportReaders.standard().read(Path.of("fixtures/seeds", name));
    }

    static ReadDocument text(String text) throws Exception {
        return new TextReader().read("test.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    static TableCell cell(TableReading<?> reading, String row, String column) {
        return reading.cells().stream().filter(c -> c.getRow().equals(row) && c.getColumn().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + row + "/" + column));
    }

    static void assertTable(TableReading<?> reading, String expected) {
        int checked = 0;
        for (String line : expected.strip().split("\n")) {
            String[] parts = line.strip().split(":", 2);
            String row = parts[0].strip();
            String[] values = parts[1].strip().split("\\s+");
            List<TableCell> cells = reading.cells().stream().filter(c -> c.getRow().equals(row)).toList();
            if (cells.size() != values.length) fail("row " + row + ": expected " + values.length + " cells, got " + cells);
            for (int i = 0; i < values.length; i++) {
                assertCell(cells.get(i), values[i]);
                checked++;
            }
        }
        assertEquals(reading.cells().size(), checked, "every template cell must be listed in the expectation");
    }

    static void assertCell(TableCell c, String expected) {
        String where = c.toString();
        switch (expected) {
            case "_" -> assertEquals(CellState.BLANK, c.getState(), where);
            case "/" -> assertEquals(CellState.PLACEHOLDER, c.getState(), where);
            case "?" -> {
                assertEquals(CellState.UNREADABLE, c.getState(), where);
                assertNull(c.getRaw(), where);
            }
            case "~" -> assertEquals(CellState.MISSING, c.getState(), where);
            default -> {
                assertEquals(CellState.NUMBER, c.getState(), where);
                assertNotNull(c.getValue(), where);
                assertEquals(0, new BigDecimal(expected).compareTo(c.getValue()), where);
                assertTrue(c.getLine() != null && c.getLine() > 0, where);
            }
        }
    }

    static String zeros(String... keys) {
        StringBuilder b = new StringBuilder();
        for (String k : keys) b.append(k).append(": 0 0 0 0 0 0 0\n");
        return b.toString();
    }

    static final String[] RESULT_ROWS_2021 = {
            "R3.3.1", "R3.3.2", "R3.3.3", "R3.3.4", "R3.3.5", "R3.3.6", "R3.3.7", "R3.3.8",
            "R3.4.1", "R3.4.2", "R3.4.3", "R3.5.1", "R3.5.2", "R3.5.3", "R3.5.4", "R3.5.5",
            "R3.6.1", "R3.6.2", "R3.6.3"};

    static final String TABLE4_ZEROS = "review: 0 0 0 0 0\ndirect: 0 0 0 0 0\nafter_review: 0 0 0 0 0";
}

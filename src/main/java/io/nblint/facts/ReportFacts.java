package io.nblint.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the parser learned about one report: the facts inserted into the rule session.
 * This is the contract with rule authors (documented in rules/README.md).
 */
public record ReportFacts(Report report, StatisticsPeriod period, List<Part> parts, Table2 table2, Table3 table3,
                          Table4 table4, List<TableCell> cells, List<FeeStatement> fees, List<QuotedNumber> quotes) {

    public ReportFacts {
        parts = List.copyOf(parts);
        cells = List.copyOf(cells);
        fees = List.copyOf(fees);
        quotes = List.copyOf(quotes);
    }

    /** All facts in insertion order (period only if stated). */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(report);
        if (period != null) all.add(period);
        all.addAll(parts);
        all.add(table2);
        all.add(table3);
        all.add(table4);
        all.addAll(cells);
        all.addAll(fees);
        all.addAll(quotes);
        return all;
    }

    /** Cells of one table ("表二", "表三", "表四") in template order. */
    public List<TableCell> cellsOf(String table) {
        return cells.stream().filter(c -> c.getTable().equals(table)).toList();
    }

    /** The cell at (table, row, column), or null. */
    public TableCell cell(String table, String row, String column) {
        for (TableCell c : cells) {
            if (c.getTable().equals(table) && c.getRow().equals(row) && c.getColumn().equals(column)) return c;
        }
        return null;
    }
}

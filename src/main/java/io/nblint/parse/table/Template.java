package io.nblint.parse.table;

import java.util.List;

/** The canonical grid of one table in one format: rows in order, each with its columns. */
public record Template(List<Row> rows) {
    public Template {
        rows = List.copyOf(rows);
    }

    /** A template column: canonical key and label. */
    public record Column(String key, String label) { }

    /** A template row: canonical key, canonical Chinese label, its columns in order. */
    public record Row(String key, String label, List<Column> columns) {
        public Row {
            columns = List.copyOf(columns);
        }
    }

    public Row row(String key) {
        for (Row r : rows) if (r.key().equals(key)) return r;
        throw new IllegalArgumentException("no template row " + key);
    }

    public int cellCount() {
        return rows.stream().mapToInt(r -> r.columns().size()).sum();
    }
}

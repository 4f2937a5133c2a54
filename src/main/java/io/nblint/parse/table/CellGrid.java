package io.nblint.parse.table;

import io.nblint.facts.CellState;
import io.nblint.facts.TableCell;
import io.nblint.facts.TableState;
import io.nblint.read.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what was found for each template cell and turns it into cell facts, every template cell
 * included: located cells as read, rows found but not aligned UNREADABLE, rows never found MISSING.
 */
public final class CellGrid<C extends TableCell> {

    /** Creates the table-specific cell fact. */
    @FunctionalInterface
    public interface CellFactory<C extends TableCell> {
        C create(String row, String column, String rowLabel, String columnLabel, String raw,
                 CellState state, BigDecimal value, String unit, Integer line, Integer page);
    }

    private record Found(Cell cell, Integer line, Integer page) { }

    private final Template template;
    private final CellFactory<C> factory;
    private final Map<String, Found> found = new HashMap<>();
    private final Map<String, Integer> unreadable = new HashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();

    public CellGrid(Template template, CellFactory<C> factory) {
        this.template = template;
        this.factory = factory;
    }

    public Template template() {
        return template;
    }

    public boolean has(String row) {
        return template.rows().stream().anyMatch(r -> r.key().equals(row));
    }

    /** True when some cell of the row was already located or declared unreadable. */
    public boolean seen(String row) {
        return found.keySet().stream().anyMatch(k -> k.startsWith(row + "|"))
                || unreadable.keySet().stream().anyMatch(k -> k.startsWith(row + "|"));
    }

    public void put(String row, String column, Cell cell, Integer page) {
        found.put(row + "|" + column, new Found(cell, cell.line(), cell.page() != null ? cell.page() : page));
    }

    /** Puts a row's aligned cells (template column order), or marks the whole row unreadable. */
    public void putRow(String row, RowAlignment.Result result, int line, Integer page) {
        Template.Row t = template.row(row);
        if (!result.isRead()) {
            for (Template.Column c : t.columns()) unreadable.put(row + "|" + c.key(), line);
            problem(result.problem());
            return;
        }
        for (int i = 0; i < t.columns().size(); i++) put(row, t.columns().get(i).key(), result.cells().get(i), page);
    }

    public void problem(String message) {
        if (message != null) problems.add(message);
    }

    public List<String> problems() {
        return new ArrayList<>(problems);
    }

    public List<C> cells() {
        List<C> out = new ArrayList<>(template.cellCount());
        for (Template.Row r : template.rows()) {
            for (Template.Column c : r.columns()) {
                String key = r.key() + "|" + c.key();
                Found f = found.get(key);
                if (f != null) {
                    CellValue v = CellValue.of(f.cell().text());
                    out.add(factory.create(r.key(), c.key(), r.label(), c.label(), v.raw(), v.state(), v.value(), v.unit(), f.line(), f.page()));
                } else if (unreadable.containsKey(key)) {
                    out.add(factory.create(r.key(), c.key(), r.label(), c.label(), null, CellState.UNREADABLE, null, null, unreadable.get(key), null));
                } else {
                    out.add(factory.create(r.key(), c.key(), r.label(), c.label(), null, CellState.MISSING, null, null, null, null));
                }
            }
        }
        return out;
    }

    /** READ when every cell was located, UNREADABLE when none was, PARTIAL in between. */
    public TableState state() {
        int total = template.cellCount();
        if (found.size() >= total) return TableState.READ;
        return found.isEmpty() ? TableState.UNREADABLE : TableState.PARTIAL;
    }

    /** Names the template rows that were never found, for the table's problem list. */
    public void reportMissingRows(String table) {
        List<String> missing = new ArrayList<>();
        for (Template.Row r : template.rows()) if (!seen(r.key())) missing.add("「" + r.label() + "」");
        if (!missing.isEmpty()) problem(table + "未找到以下行：" + String.join("、", missing));
    }
}

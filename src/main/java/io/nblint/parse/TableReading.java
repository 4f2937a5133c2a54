package io.nblint.parse;

import io.nblint.facts.Table;
import io.nblint.facts.TableCell;

import java.util.List;

/**
 * What a table parser made of one table: the table fact and every cell the template defines
 * (cells it could not locate are present with state MISSING or UNREADABLE, never left out).
 */
public record TableReading<T extends Table>(T table, List<TableCell> cells) {
    public TableReading {
        cells = List.copyOf(cells);
    }
}

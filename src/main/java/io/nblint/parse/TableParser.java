package io.nblint.parse;

import io.nblint.facts.Table;
import io.nblint.read.TextLine;

import java.util.List;

/**
 * Finds one statistical table in a run of lines and maps it onto the template's canonical grid,
 * matching rows and columns by their labels (never by position alone).
 */
public interface TableParser<T extends Table> {
    /**
     * @param region the lines where the table is expected (its part, or the whole report when the
     *               part heading is missing); lines outside the table are ignored
     * @return the table with state ABSENT when no such table is in the region
     */
    TableReading<T> parse(List<TextLine> region);
}

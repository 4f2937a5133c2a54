package io.nblint.parse;

import io.nblint.facts.FormatVersion;
import io.nblint.facts.Table2;
import io.nblint.facts.Table3;
import io.nblint.facts.Table4;
import io.nblint.facts.TableState;

import java.util.List;

/** Table parsers that never find a table, so ReportParser can be tested before the real ones exist. */
final class AbsentTables {
    private AbsentTables() {
    }

    static TableParser<Table2> table2() {
        return region -> new TableReading<>(new Table2(FormatVersion.UNKNOWN, TableState.ABSENT, null, null, null, List.of()), List.of());
    }

    static TableParser<Table3> table3() {
        return region -> new TableReading<>(new Table3(FormatVersion.UNKNOWN, TableState.ABSENT, null, null, null, List.of()), List.of());
    }

    static TableParser<Table4> table4() {
        return region -> new TableReading<>(new Table4(FormatVersion.UNKNOWN, TableState.ABSENT, null, null, null, List.of()), List.of());
    }

    static ReportParser parser() {
        return new ReportParser(table2(), table3(), table4());
    }
}

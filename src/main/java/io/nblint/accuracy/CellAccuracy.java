package io.nblint.accuracy;

import io.nblint.facts.CellState;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many of a report's hand-typed cells the parser got exactly: same state (number, blank,
 * placeholder) and, for numbers, the same value. A cell the parser did not produce, or marked
 * unreadable, counts as wrong.
 *
 * @param exact    cells read exactly
 * @param expected cells typed by hand
 * @param wrong    one line per cell not read exactly: key, wanted, got
 */
public record CellAccuracy(int exact, int expected, List<String> wrong) {

    public static CellAccuracy of(ExpectedCells want, ReportFacts facts) {
        int exact = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, ExpectedCells.Expected> e : want.cells().entrySet()) {
            TableCell got = find(facts, e.getKey());
            if (matches(e.getValue(), got)) {
                exact++;
            } else {
                wrong.add(e.getKey() + " 应为 " + describe(e.getValue()) + "，读出 "
                        + (got == null ? "（无此格）" : got.getEvidence() + "[" + got.getState() + "]"));
            }
        }
        return new CellAccuracy(exact, want.cells().size(), wrong);
    }

    /** Zero expected cells: nothing to measure, treated as 0 of 0. */
    public double share() {
        return expected == 0 ? 0 : (double) exact / expected;
    }

    private static TableCell find(ReportFacts facts, String key) {
        int space = key.indexOf(' ');
        int slash = key.lastIndexOf('/');
        return facts.cell(key.substring(0, space), key.substring(space + 1, slash), key.substring(slash + 1));
    }

    private static boolean matches(ExpectedCells.Expected want, TableCell got) {
        if (got == null) return false;
        return switch (want.kind()) {
            case BLANK -> got.getState() == CellState.BLANK;
            case PLACEHOLDER -> got.getState() == CellState.PLACEHOLDER;
            case NUMBER -> got.getState() == CellState.NUMBER && got.getValue() != null
                    && got.getValue().compareTo(want.value()) == 0;
        };
    }

    private static String describe(ExpectedCells.Expected want) {
        return switch (want.kind()) {
            case BLANK -> "空白";
            case PLACEHOLDER -> "占位符";
            case NUMBER -> want.value().toPlainString();
        };
    }
}

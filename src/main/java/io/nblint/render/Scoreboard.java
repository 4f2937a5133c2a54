package io.nblint.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranking of a batch: highest score first, ties by agency then file; unchecked files last. */
public final class Scoreboard {
    private static final Comparator<ScoreboardRow> RANK = Comparator
            .comparing((ScoreboardRow r) -> r.isScored() ? 0 : 1)
            .thenComparing(r -> r.isScored() ? r.total().negate() : java.math.BigDecimal.ZERO)
            .thenComparing(r -> r.agency() == null ? "" : r.agency())
            .thenComparing(ScoreboardRow::file);

    private final List<ScoreboardRow> rows;

    public Scoreboard(List<ScoreboardRow> rows) {
        List<ScoreboardRow> sorted = new ArrayList<>(rows);
        sorted.sort(RANK);
        this.rows = List.copyOf(sorted);
    }

    /** Rows in rank order. */
    public List<ScoreboardRow> rows() { return rows; }

    /** 1-based rank of row i: equal totals share a rank ("1, 2, 2, 4"); unchecked files have none (0). */
    public int rank(int i) {
        ScoreboardRow r = rows.get(i);
        if (!r.isScored()) return 0;
        int j = i;
        while (j > 0 && rows.get(j - 1).isScored() && rows.get(j - 1).total().compareTo(r.total()) == 0) j--;
        return j + 1;
    }

    public List<ScoreboardRow> unchecked() {
        return rows.stream().filter(r -> !r.isScored()).toList();
    }
}

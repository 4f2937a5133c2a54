package io.nblint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The ranked scoreboard as CSV (UTF-8 with BOM). */
public final class ScoreboardCsv {
    public static final List<String> HEADER = List.of("名次", "机关", "年度", "得分", "等级", "结论", "错误", "警告",
            "提示", "无法核对", "文件", "无法检查的原因");

    private ScoreboardCsv() {
    }

    public static void write(Scoreboard board, OutputStream out) throws IOException {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(HEADER);
            for (int i = 0; i < board.rows().size(); i++) {
                ScoreboardRow r = board.rows().get(i);
                int rank = board.rank(i);
                csv.row(List.of(rank == 0 ? "" : rank, FindingText.nz(r.agency()), FindingText.nz(r.year()),
                        r.totalText(), FindingText.nz(r.grade()), r.status(), r.errors(), r.warnings(), r.notices(),
                        r.uncertain(), r.file(), FindingText.nz(r.error())));
            }
        }
    }

    /** Files that could not be checked, with the reason: the batch's error list. */
    public static void writeErrors(Scoreboard board, OutputStream out) throws IOException {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of("文件", "原因"));
            for (ScoreboardRow r : board.unchecked()) csv.row(List.of(r.file(), r.error()));
        }
    }
}

package io.nblint.render;

import io.nblint.check.Severity;
import io.nblint.score.Score;

import java.math.BigDecimal;

/**
 * One line of a batch scoreboard: a scored report, or a file that could not be checked
 * ({@code error} set, no score). Small on purpose: a batch keeps only these in memory.
 *
 * @param file      file as named in the batch
 * @param agency    organ or null
 * @param year      report year or null
 * @param total     score total, null for a file that could not be checked
 * @param grade     grade label, null when not scored
 * @param passed    reached the pass mark
 * @param errors    FAILED findings of severity ERROR
 * @param warnings  FAILED WARNING
 * @param notices   FAILED NOTICE
 * @param uncertain 无法核对 findings
 * @param error     why the file could not be checked, else null
 * @param findingsFile base name of the report's own findings list (without extension), or null
 */
public record ScoreboardRow(String file, String agency, Integer year, BigDecimal total, String grade, boolean passed,
                            int errors, int warnings, int notices, int uncertain, String error, String findingsFile) {

    public static ScoreboardRow of(CheckedReport r, String findingsFile) {
        Score s = r.score();
        return new ScoreboardRow(r.file(), r.agency(), r.year(), s.total(), s.grade(), s.passed(),
                s.failed(Severity.ERROR), s.failed(Severity.WARNING), s.failed(Severity.NOTICE), s.uncertain(), null,
                findingsFile);
    }

    public static ScoreboardRow failed(String file, String reason) {
        return new ScoreboardRow(file, null, null, null, null, false, 0, 0, 0, 0, reason, null);
    }

    public boolean isScored() { return total != null; }

    public String totalText() {
        if (total == null) return "";
        BigDecimal t = total.stripTrailingZeros();
        return t.scale() <= 0 ? t.setScale(0).toPlainString() : t.toPlainString();
    }

    public String status() {
        if (error != null) return "无法检查";
        return passed ? "通过" : "未通过";
    }
}

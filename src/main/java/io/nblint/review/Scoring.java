package io.nblint.review;

import io.nblint.check.Finding;
import io.nblint.check.Severity;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;

/**
 * Score and grade of a report from the findings that count (failed, not dismissed by a reviewer).
 * Interim deductions until io.nblint.score (rules/scoring.yaml) is wired in: ERROR 10, WARNING 3,
 * NOTICE 1, floor 0; grades 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格.
 */
@ApplicationScoped
public class Scoring {

    public Result score(List<Finding> counted) {
        int total = 100;
        for (Finding f : counted) {
            if (!f.isFailed()) continue;
            total -= f.severity() == Severity.ERROR ? 10 : f.severity() == Severity.WARNING ? 3 : 1;
        }
        BigDecimal score = BigDecimal.valueOf(Math.max(0, total));
        return new Result(score, grade(score));
    }

    static String grade(BigDecimal score) {
        double s = score.doubleValue();
        return s >= 90 ? "优秀" : s >= 80 ? "良好" : s >= 60 ? "合格" : "不合格";
    }

    public record Result(BigDecimal score, String grade) {
    }
}

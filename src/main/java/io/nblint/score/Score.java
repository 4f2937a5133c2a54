package io.nblint.score;

import io.nblint.check.Severity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A report's score under one rule set and one scoring configuration.
 *
 * @param total            base minus the applied deductions, never below 0
 * @param grade            grade band label ("优秀", "良好", "合格", "不合格")
 * @param passed           total reaches the pass mark
 * @param deductions       one per finding, in finding order (UNCERTAIN findings with 0 points)
 * @param failedBySeverity FAILED findings per severity (every severity present, possibly 0)
 * @param uncertain        findings that could not be checked (无法核对); they deduct nothing
 * @param ruleSetVersion   {@link io.nblint.check.RuleSet#version()}: hashes the rules and scoring.yaml
 */
public record Score(BigDecimal total, String grade, boolean passed, List<Deduction> deductions,
                    Map<Severity, Integer> failedBySeverity, int uncertain, String ruleSetVersion) {
    public Score {
        deductions = List.copyOf(deductions);
        failedBySeverity = Map.copyOf(failedBySeverity);
    }

    public int failed(Severity severity) {
        return failedBySeverity.getOrDefault(severity, 0);
    }

    /** Total as shown to people: "87" or "87.5". */
    public String totalText() {
        return total.stripTrailingZeros().scale() <= 0 ? total.setScale(0).toPlainString() : total.stripTrailingZeros().toPlainString();
    }
}

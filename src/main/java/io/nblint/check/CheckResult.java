package io.nblint.check;

import io.nblint.facts.ReportFacts;

import java.util.List;

/**
 * Everything one check of one report produced: what was read, the facts parsed from it, the
 * findings, and the rule-set version so a result can be traced to the rules that made it.
 *
 * @param source         the file as named by the user
 * @param format         the reader that read it ("txt", "pdf", …)
 * @param facts          the parsed facts
 * @param findings       findings in {@link FindingSink#ORDER}
 * @param ruleSetVersion {@link RuleSet#version()}
 * @param timings        where the time went
 */
public record CheckResult(String source, String format, ReportFacts facts, List<Finding> findings,
                          String ruleSetVersion, Timings timings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** Milliseconds spent reading, parsing and checking this report. */
    public record Timings(long readMillis, long parseMillis, long checkMillis) {
        public long totalMillis() { return readMillis + parseMillis + checkMillis; }
    }

    /** Failed findings (not 无法核对) at or above {@code threshold}. */
    public long failedAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.isFailed() && f.severity().atLeast(threshold)).count();
    }

}

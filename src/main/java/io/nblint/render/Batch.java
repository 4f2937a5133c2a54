package io.nblint.render;

import io.nblint.check.CheckResult;
import io.nblint.read.UnreadableReportException;

import java.util.List;

/**
 * One run over several files: what renderers render.
 *
 * @param ruleSetVersion version of the rule set every result was checked with
 * @param results        checked reports, in the order given
 * @param unreadable     files that could not be read or parsed, in the order given
 */
public record Batch(String ruleSetVersion, List<CheckResult> results, List<UnreadableReportException> unreadable) {
    public Batch {
        results = List.copyOf(results);
        unreadable = List.copyOf(unreadable);
    }
}

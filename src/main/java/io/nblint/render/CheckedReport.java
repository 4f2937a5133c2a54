package io.nblint.render;

import io.nblint.check.Finding;
import io.nblint.facts.ReportFacts;
import io.nblint.score.Score;

import java.util.List;

/**
 * One checked report, everything the exports need.
 *
 * @param file     the file as the user named it (path relative to the batch folder, or zip entry)
 * @param agency   the organ, resolved (title agency, else manifest); null if unknown
 * @param year     report year; null if unknown
 * @param facts    what the parser learned (for the JSON export)
 * @param findings findings in the sink's order
 * @param score    the score
 */
public record CheckedReport(String file, String agency, Integer year, ReportFacts facts, List<Finding> findings,
                            Score score) {
    public CheckedReport {
        findings = List.copyOf(findings);
    }
}

package io.nblint.check;

import io.nblint.facts.Location;

/**
 * One result of one rule on one report, with everything a clerk needs to act on it.
 *
 * @param ruleId   rule id from the rule's @id, e.g. "T3-05"
 * @param ruleName short Chinese name from @name
 * @param severity from @severity
 * @param status   FAILED, or UNCERTAIN when the rule could not be checked
 * @param basis    legal or format basis from @basis
 * @param message  Chinese message with the numbers involved
 * @param location where in the report
 * @param evidence the cell or sentence as written
 */
public record Finding(String ruleId, String ruleName, Severity severity, FindingStatus status, String basis,
                      String message, Location location, String evidence) {

    public boolean isFailed() { return status == FindingStatus.FAILED; }
}

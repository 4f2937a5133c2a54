package io.nblint.check;

/**
 * A loaded rule's metadata, read from the DRL annotations.
 *
 * @param id          @id, e.g. "T3-05" (several DRL rules may share an id: a check and its "无法核对" twin)
 * @param drlName     the DRL rule name
 * @param name        @name, short Chinese name
 * @param severity    @severity
 * @param basis       @basis, the legal or format clause
 * @param description @description, one line on what the rule verifies
 * @param file        the .drl file, relative to the rules directory
 */
public record RuleInfo(String id, String drlName, String name, Severity severity, String basis, String description,
                       String file) {
}

package io.nblint.check;

import io.nblint.facts.Locatable;
import io.nblint.facts.Location;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The global {@code findings} that rule consequences report to. Severity, id and basis come from
 * the firing rule's metadata, so a rule author changes a severity in the DRL alone:
 * <pre>
 *   then
 *     findings.report(kcontext, $cell, "表三总计不等于各列之和");
 * </pre>
 * Not thread-safe: one sink per rule session.
 */
public class FindingSink {
    private final Set<Finding> findings = new LinkedHashSet<>();

    /** The rule found a defect at {@code where}. */
    public void report(RuleContext kcontext, Locatable where, String message) {
        add(kcontext, FindingStatus.FAILED, where == null ? null : where.getLocation(), message,
                where == null ? null : where.getEvidence());
    }

    /** As {@link #report(RuleContext, Locatable, String)} with explicit evidence (a quoted sentence, several cells). */
    public void report(RuleContext kcontext, Locatable where, String message, String evidence) {
        add(kcontext, FindingStatus.FAILED, where == null ? null : where.getLocation(), message, evidence);
    }

    /** The rule could not decide at {@code where} (unreadable cells): listed as 无法核对, never a defect. */
    public void cannotCheck(RuleContext kcontext, Locatable where, String message) {
        add(kcontext, FindingStatus.UNCERTAIN, where == null ? null : where.getLocation(), message,
                where == null ? null : where.getEvidence());
    }

    private void add(RuleContext kcontext, FindingStatus status, Location location, String message, String evidence) {
        Rule rule = kcontext.getRule();
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"), rule.getName());
        Severity severity = Severity.parse(text(meta.get("severity"), null));
        findings.add(new Finding(id, text(meta.get("name"), rule.getName()),
                severity == null ? Severity.WARNING : severity, status, text(meta.get("basis"), ""),
                message, location == null ? Location.document("全文") : location, evidence));
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    /** Findings in a stable order: failed before uncertain, by severity, then rule id, part, line. */
    public List<Finding> sorted() {
        List<Finding> list = new ArrayList<>(findings);
        list.sort(ORDER);
        return list;
    }

    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::status)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.location().part() == null ? 0 : f.location().part())
            .thenComparing(f -> f.location().line() == null ? 0 : f.location().line())
            .thenComparing(f -> f.location().row() == null ? "" : f.location().row())
            .thenComparing(f -> f.location().column() == null ? "" : f.location().column())
            .thenComparing(Finding::message);
}

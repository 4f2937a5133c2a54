package io.nblint.score;

import io.nblint.check.Severity;
import io.nblint.facts.DeadlineCalendar;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How findings turn into a score, read from {@code rules/scoring.yaml} by {@link ScoringConfigReader}
 * (every key is documented in that file and in rules/README.md, section 10).
 *
 * @param source           the file it was read from, for messages
 * @param base             score of a report without findings (100)
 * @param passMark         lowest total that passes
 * @param perSeverity      points per FAILED finding of each severity
 * @param perRule          per-rule overrides by rule id (points per finding)
 * @param groups           capped rule groups, first match wins
 * @param defaultGroupCap  cap for findings in no configured group (grouped by id prefix); null for no cap
 * @param grades           grade bands, highest first; the last has the lowest minimum
 * @param deadlines        publication deadlines for the DATE rules
 * @param duplicateShare   share of identical sentences with last year's report from which TXT-01 warns
 * @param minSentenceChars sentences shorter than this are ignored when measuring duplication
 */
public record ScoringConfig(String source, BigDecimal base, BigDecimal passMark, Map<Severity, BigDecimal> perSeverity,
                            Map<String, BigDecimal> perRule, List<RuleGroup> groups, BigDecimal defaultGroupCap,
                            List<GradeBand> grades, DeadlineCalendar deadlines, double duplicateShare, int minSentenceChars) {

    public ScoringConfig {
        perSeverity = Map.copyOf(new EnumMap<>(perSeverity));
        perRule = Map.copyOf(perRule);
        groups = List.copyOf(groups);
        grades = List.copyOf(grades);
    }

    /** Points one FAILED finding of this rule takes off before caps. */
    public BigDecimal pointsFor(String ruleId, Severity severity) {
        BigDecimal override = perRule.get(ruleId);
        if (override != null) return override;
        return perSeverity.getOrDefault(severity, BigDecimal.ZERO);
    }

    /** The configured group of a rule, or null when it falls in its implicit id-prefix group. */
    public RuleGroup groupOf(String ruleId) {
        for (RuleGroup g : groups) if (g.listsId(ruleId)) return g;
        for (RuleGroup g : groups) if (g.matchesPrefix(ruleId)) return g;
        return null;
    }

    /** "T3" for "T3-05", "STR" for "STR-01": the implicit group of an unconfigured rule. */
    public static String prefixOf(String ruleId) {
        int dash = ruleId.lastIndexOf('-');
        return dash > 0 ? ruleId.substring(0, dash) : ruleId;
    }

    public String gradeOf(BigDecimal total) {
        for (GradeBand band : grades) {
            if (total.compareTo(band.min()) >= 0) return band.label();
        }
        return grades.get(grades.size() - 1).label();
    }
}

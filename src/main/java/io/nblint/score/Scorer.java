package io.nblint.score;

import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns one report's findings into a {@link Score} as the configuration says. Stateless and thread-safe. */
public class Scorer {
    private final ScoringConfig config;

    public Scorer(ScoringConfig config) {
        this.config = config;
    }

    public ScoringConfig config() {
        return config;
    }

    /**
     * Findings are taken in the order given (the sink's order: most serious first), so when a
     * group's cap is reached it is the least serious findings whose points are cut.
     */
    public Score score(List<Finding> findings, String ruleSetVersion) {
        Map<String, BigDecimal> takenByGroup = new HashMap<>();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, 0);
        int uncertain = 0;
        List<Deduction> deductions = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Finding f : findings) {
            RuleGroup group = config.groupOf(f.ruleId());
            String groupName = group != null ? group.name() : ScoringConfig.prefixOf(f.ruleId());
            if (f.status() == FindingStatus.UNCERTAIN) {
                uncertain++;
                deductions.add(new Deduction(f, groupName, BigDecimal.ZERO, BigDecimal.ZERO));
                continue;
            }
            counts.merge(f.severity(), 1, Integer::sum);
            BigDecimal nominal = config.pointsFor(f.ruleId(), f.severity());
            BigDecimal cap = group != null ? group.cap() : config.defaultGroupCap();
            BigDecimal applied = nominal;
            if (cap != null) {
                BigDecimal taken = takenByGroup.getOrDefault(groupName, BigDecimal.ZERO);
                applied = nominal.min(cap.subtract(taken).max(BigDecimal.ZERO));
                takenByGroup.put(groupName, taken.add(applied));
            }
            sum = sum.add(applied);
            deductions.add(new Deduction(f, groupName, nominal, applied));
        }
        BigDecimal total = config.base().subtract(sum).max(BigDecimal.ZERO);
        return new Score(total, config.gradeOf(total), total.compareTo(config.passMark()) >= 0, deductions, counts,
                uncertain, ruleSetVersion);
    }
}

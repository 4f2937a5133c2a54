package io.nblint.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rules whose deductions share one cap, so a single broken table cannot zero a report.
 * A rule belongs to the first group that lists its id, else to the first whose prefix it starts with.
 *
 * @param name   label shown in score details, e.g. "表三"
 * @param prefix rule-id prefix such as "T3" (matches "T3-05"), or null
 * @param ids    explicit rule ids, may be empty
 * @param cap    most points the group can take off in total
 */
public record RuleGroup(String name, String prefix, List<String> ids, BigDecimal cap) {
    public RuleGroup {
        ids = List.copyOf(ids);
    }

    public boolean listsId(String ruleId) {
        return ids.contains(ruleId);
    }

    public boolean matchesPrefix(String ruleId) {
        return prefix != null && (ruleId.equals(prefix) || ruleId.startsWith(prefix + "-") || ruleId.startsWith(prefix + "_"));
    }
}

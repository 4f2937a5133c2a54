package io.nblint.score;

import io.nblint.check.Finding;

import java.math.BigDecimal;

/**
 * What one finding cost.
 *
 * @param finding the finding
 * @param group   the capped group it was counted in ("表三", or the id prefix such as "STR")
 * @param nominal points the configuration gives it (0 for an UNCERTAIN finding)
 * @param applied points actually taken off after the group's cap was reached (≤ nominal)
 */
public record Deduction(Finding finding, String group, BigDecimal nominal, BigDecimal applied) {
    public boolean capped() {
        return applied.compareTo(nominal) < 0;
    }
}

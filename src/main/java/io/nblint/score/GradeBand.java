package io.nblint.score;

import java.math.BigDecimal;

/**
 * One grade: a total at or above {@code min} (and below the next band up) gets {@code label}.
 *
 * @param label Chinese grade name, e.g. "优秀"
 * @param min   lowest total that earns it
 */
public record GradeBand(String label, BigDecimal min) {
}

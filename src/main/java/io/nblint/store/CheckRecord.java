package io.nblint.store;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One check of a submission under one rule set. {@code factsJson} is null and {@code readError} set
 * when the file could not be read or parsed.
 */
public record CheckRecord(long id, long submissionId, String ruleSetVersion, OffsetDateTime checkedAt, String agency,
                          Integer year, String title, @JsonRawValue String factsJson, String readError, BigDecimal score,
                          String grade) {
}

package io.nblint.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A submission as listed: who, which year, and the score after review decisions ({@code score}) next
 * to the score the rules gave ({@code checkedScore}).
 */
public record Summary(long id, String fileName, String sha256, OffsetDateTime uploadedAt, String uploadedBy,
                      String agency, Integer year, String title, BigDecimal score, String grade,
                      BigDecimal checkedScore, int failed, int uncertain, int dismissed, String ruleSetVersion,
                      OffsetDateTime checkedAt, String readError) {
}

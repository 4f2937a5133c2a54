package io.nblint.store;

import java.math.BigDecimal;
import java.util.List;

/** What a check produced, ready to be stored. */
public record NewCheck(String ruleSetVersion, String agency, Integer year, String title, String factsJson,
                       String readError, BigDecimal score, String grade, List<StoredFinding> findings) {
}

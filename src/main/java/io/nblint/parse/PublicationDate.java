package io.nblint.parse;

import java.time.LocalDate;

/**
 * When the report says it was published or signed.
 *
 * @param text the date as written ("2024年1月11日")
 * @param line 1-based line number
 */
record PublicationDate(LocalDate date, String text, int line) {
}

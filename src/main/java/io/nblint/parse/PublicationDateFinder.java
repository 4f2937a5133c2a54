package io.nblint.parse;

import io.nblint.read.TextLine;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date. An explicit "发布日期：…" / "发布时间：…" line (web pages print one above
 * the title) wins, since it is the publication itself; otherwise the dated signature line at the end
 * ("2024年1月11日" under the organ's name, or "乌拉特中旗司法局 2024年1月11日" on one line).
 * Dates inside prose are never taken: a report is full of them.
 */
final class PublicationDateFinder {
    private static final Pattern LABEL = Pattern.compile("(?:发布|公布|公开)(?:日期|时间)\\s*[:：]\\s*");
    /** How far from the end the signature may stand (non-blank lines). */
    private static final int SIGNATURE_WINDOW = 12;
    private static final int MAX_SIGNATURE_PREFIX = 40;

    private PublicationDateFinder() {
    }

    static PublicationDate find(List<TextLine> lines) {
        for (TextLine line : lines) {
            if (line.isBlank() || !mayHoldLabel(line.text())) continue;
            String folded = Halfwidth.fold(line.text());
            Matcher m = LABEL.matcher(folded);
            while (m.find()) {
                for (DateMention d : DateScanner.scan(folded)) {
                    if (d.start() == m.end() && d.hasYear()) {
                        PublicationDate found = of(line, d);
                        if (found != null) return found;
                    }
                }
            }
        }
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < SIGNATURE_WINDOW; i--) {
            TextLine line = lines.get(i);
            if (line.isBlank()) continue;
            seen++;
            PublicationDate signature = signature(line);
            if (signature != null) return signature;
        }
        return null;
    }

    /** Cheap test before the regex: every label ends in 日期 or 时间 (folding leaves CJK alone). */
    private static boolean mayHoldLabel(String text) {
        return text.contains("日期") || text.contains("时间");
    }

    /** A line holding only a date with a year, possibly after a short organ name. */
    private static PublicationDate signature(TextLine line) {
        if (line.isTableRow()) return null;
        String folded = Halfwidth.fold(line.text()).stripTrailing();
        List<DateMention> dates = DateScanner.scan(folded);
        if (dates.isEmpty()) return null;
        DateMention last = dates.get(dates.size() - 1);
        if (!last.hasYear() || last.end() != folded.length()) return null;
        String prefix = folded.substring(0, last.start()).strip();
        if (prefix.length() > MAX_SIGNATURE_PREFIX || prefix.matches(".*[。，,；;：:\\d].*")) return null;
        return of(line, last);
    }

    private static PublicationDate of(TextLine line, DateMention d) {
        LocalDate date = d.toDate(null);
        if (date == null) return null;
        return new PublicationDate(date, line.text().substring(d.start(), d.end()), line.number());
    }
}

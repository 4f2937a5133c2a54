package io.nblint.parse;

import io.nblint.facts.StatisticsPeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the 统计期限 sentence: two dates joined by 至/到/—/-/~ in a sentence about 统计, 期限, 数据
 * or 时限 ("本报告统计数据从2023年1月1日至12月31日", "统计期限为2023年1月1日起至2022年12月31日止").
 * The dates are taken as written, even when they contradict the title: comparing them is the rules' job.
 * A lone date ("截至2023年12月31日") is not a period.
 */
final class PeriodFinder {
    private static final Pattern TOPIC = Pattern.compile("统计|期限|数据|时限");
    /** What may stand between the two dates. */
    private static final Pattern JOIN = Pattern.compile("\\s*起?\\s*(?:至|到|—+|–|-|~|－|─)\\s*");

    private PeriodFinder() {
    }

    static StatisticsPeriod find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!TOPIC.matcher(s.text()).find()) continue;
            String folded = Halfwidth.fold(s.text());
            List<DateMention> dates = DateScanner.scan(folded);
            for (int i = 0; i + 1 < dates.size(); i++) {
                DateMention from = dates.get(i);
                DateMention to = dates.get(i + 1);
                if (!from.hasYear()) continue;
                if (!JOIN.matcher(folded.substring(from.end(), to.start())).matches()) continue;
                LocalDate start = from.toDate(null);
                LocalDate end = to.toDate(from.year());
                if (start == null || end == null) continue;
                return new StatisticsPeriod(s.text(), start, end, to.hasYear(), s.line(), s.page());
            }
        }
        return null;
    }
}

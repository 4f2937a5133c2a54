package io.nblint.parse;

import io.nblint.read.TextLine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the title: the first short line before part 一 that ends in "报告" (a closing bracket or a
 * short bracketed note may follow). Titles are often wrapped or split: "乌拉特中旗司法局2023年政府信息"
 * / "公开工作年度报告", or the organ on a line of its own above "2023年政府信息公开工作年度报告".
 * Up to two short lines above are joined while the title still lacks an organ or a year.
 */
final class TitleFinder {
    private static final Pattern TITLE_END = Pattern.compile(".*报告(?:[》）)\\]】]*|[(（][^()（）]{1,10}[)）])$");
    private static final int MAX_TITLE = 80;
    private static final int MAX_FRAGMENT = 30;

    private TitleFinder() {
    }

    /**
     * @param endIndex index of the first part heading (search stops there), or -1 to search the
     *                 first 40 lines
     */
    static ReportTitle find(List<TextLine> lines, int endIndex) {
        int end = endIndex >= 0 ? endIndex : Math.min(lines.size(), 40);
        for (int i = 0; i < end; i++) {
            TextLine line = lines.get(i);
            if (line.isBlank() || line.isTableRow()) continue;
            String compact = Halfwidth.compact(line.text());
            if (!isTitleLine(compact)) continue;
            String text = line.text().strip();
            ReportTitle title = ReportTitle.of(text, i, i, line.number());
            int first = i;
            for (int joined = 0; joined < 2 && !title.complete(); joined++) {
                int above = previousNonBlank(lines, first);
                if (above < 0 || !isFragment(lines.get(above))) break;
                first = above;
                text = lines.get(above).text().strip() + text;
                title = ReportTitle.of(text, first, i, lines.get(first).number());
            }
            return title;
        }
        return null;
    }

    private static boolean isTitleLine(String compact) {
        return compact.length() <= MAX_TITLE && !compact.contains("。") && !compact.contains(">")
                && !compact.contains("|") && TITLE_END.matcher(compact).matches();
    }

    /** A short line with no sentence punctuation: plausibly the first half of a wrapped title. */
    private static boolean isFragment(TextLine line) {
        if (line.isTableRow()) return false;
        String compact = Halfwidth.compact(line.text());
        return !compact.isEmpty() && compact.length() <= MAX_FRAGMENT && !compact.matches(".*[。,，:：;；>|].*")
                && !compact.contains("报告");
    }

    private static int previousNonBlank(List<TextLine> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) return i;
        }
        return -1;
    }
}

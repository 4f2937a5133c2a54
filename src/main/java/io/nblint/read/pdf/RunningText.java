package io.nblint.read.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running headers and footers ("XX局2024年政府信息公开工作年度报告", "第 3 页 共 6 页"): a line in the
 * top or bottom tenth of the page whose text, digits aside, recurs at the same height on other pages. It is page
 * furniture; left in, it would also stand between the two pieces of a table cut by a page break.
 */
final class RunningText {
    private RunningText() {
    }

    static void remove(List<PdfPage> pages) {
        if (pages.size() < 2) return;
        Map<String, Set<Integer>> seenOn = new HashMap<>();
        for (PdfPage p : pages) {
            for (VisualLine l : p.lines) if (inMargin(p, l)) seenOn.computeIfAbsent(key(l), k -> new HashSet<>()).add(p.number);
        }
        for (PdfPage p : pages) {
            p.lines.removeIf(l -> inMargin(p, l) && seenOn.get(key(l)).size() >= 2);
        }
    }

    private static boolean inMargin(PdfPage page, VisualLine line) {
        return line.top() < page.height * 0.1f || line.baseline() > page.height * 0.9f;
    }

    /** Text with digits masked, and the height on the page: furniture recurs in the same place. */
    private static String key(VisualLine line) {
        return Math.round(line.baseline() / 6) + ":" + line.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}

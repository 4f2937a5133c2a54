package io.nblint.parse;

import io.nblint.facts.Part;
import io.nblint.read.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the six part headings of a report and cuts the text into parts.
 *
 * <p>When several lines read as the heading of the same part (a subsection "1.主动公开政府信息情况"
 * inside part 一 and the real "二、主动公开政府信息情况"), the one whose numeral agrees with the part
 * wins, then a Chinese numeral over an Arabic one, then the earlier line.
 */
final class PartFinder {
    private PartFinder() {
    }

    static PartLayout find(List<TextLine> lines, int fromIndex) {
        Map<Integer, PartHeading> best = new TreeMap<>();
        for (int i = Math.max(0, fromIndex); i < lines.size(); i++) {
            PartHeading h = PartHeadingMatcher.match(lines, i);
            if (h == null) continue;
            PartHeading current = best.get(h.number());
            if (current == null || rank(h) > rank(current)) best.put(h.number(), h);
        }
        List<PartHeading> headings = new ArrayList<>(best.values());
        headings.sort(Comparator.comparingInt(PartHeading::index));

        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < headings.size(); k++) {
            PartHeading h = headings.get(k);
            int end = k + 1 < headings.size() ? headings.get(k + 1).index() : lines.size();
            StringBuilder body = new StringBuilder(h.trailing());
            int lastLine = h.index();
            for (int i = h.index() + (h.wrapped() ? 2 : 1); i < end; i++) {
                TextLine line = lines.get(i);
                if (line.isBlank()) continue;
                lastLine = i;
                if (body.length() > 0) body.append('\n');
                body.append(line.text().strip());
            }
            TextLine headingLine = lines.get(h.index());
            parts.add(new Part(h.number(), h.numeral(), h.heading(), k, body.toString(), headingLine.number(),
                    lines.get(lastLine).number(), headingLine.page()));
        }
        return new PartLayout(lines, headings, parts);
    }

    /** Higher is more credible; ties keep the earlier line (only a strictly better one replaces it). */
    private static int rank(PartHeading h) {
        int r = 0;
        if (h.numeralAgrees()) r += 4;
        if (h.strict()) r += 2;
        if (h.chinese()) r += 1;
        return r;
    }
}

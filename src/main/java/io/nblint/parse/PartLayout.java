package io.nblint.parse;

import io.nblint.facts.Part;
import io.nblint.read.TextLine;

import java.util.List;

/**
 * The parts found in a document and the line ranges they cover, in reading order.
 * Lines before the first heading belong to no part (0): title and opening paragraph.
 */
final class PartLayout {
    private final List<TextLine> lines;
    private final List<PartHeading> headings;
    private final List<Part> parts;

    PartLayout(List<TextLine> lines, List<PartHeading> headings, List<Part> parts) {
        this.lines = lines;
        this.headings = List.copyOf(headings);
        this.parts = List.copyOf(parts);
    }

    /** Parts in reading order. */
    List<Part> parts() {
        return parts;
    }

    /** Headings in reading order (same order as {@link #parts()}). */
    List<PartHeading> headings() {
        return headings;
    }

    /** Index of the first part heading, or -1 when there is none. */
    int firstHeadingIndex() {
        return headings.isEmpty() ? -1 : headings.get(0).index();
    }

    /** Canonical part the line at {@code index} belongs to, 0 before the first heading. */
    int partAt(int index) {
        int part = 0;
        for (PartHeading h : headings) {
            if (h.index() > index) break;
            part = h.number();
        }
        return part;
    }

    /** Canonical part of the line with 1-based number {@code lineNumber}. */
    int partOfLine(int lineNumber) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() == lineNumber) return partAt(i);
        }
        return 0;
    }

    /** Lines of part {@code number} from its heading to the line before the next heading, or null if absent. */
    List<TextLine> region(int number) {
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).number() == number) {
                int from = headings.get(i).index();
                int to = i + 1 < headings.size() ? headings.get(i + 1).index() : lines.size();
                return lines.subList(from, to);
            }
        }
        return null;
    }
}

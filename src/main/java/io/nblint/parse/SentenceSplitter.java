package io.nblint.parse;

import io.nblint.read.TextLine;

import java.util.ArrayList;
import java.util.List;

/** Cuts paragraph lines into sentences; table rows are skipped (their labels are not prose). */
final class SentenceSplitter {
    private SentenceSplitter() {
    }

    static List<Sentence> split(List<TextLine> lines) {
        List<Sentence> sentences = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.isTableRow() || line.isBlank()) continue;
            for (String piece : line.text().split("[。；;！!？?]")) {
                String s = piece.strip();
                if (!s.isEmpty()) sentences.add(new Sentence(s, line.number(), line.page()));
            }
        }
        return sentences;
    }
}

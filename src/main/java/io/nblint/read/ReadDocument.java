package io.nblint.read;

import java.util.List;

/**
 * What a reader extracted from a report file: its lines in reading order, table rows with cells.
 *
 * @param source file name, for messages
 * @param format the reader that produced it ("txt", "pdf", "docx", "html")
 * @param charset the character set the text was decoded from, where that applies, else null
 * @param lines  the lines
 */
public record ReadDocument(String source, String format, String charset, List<TextLine> lines) {
    public ReadDocument {
        lines = List.copyOf(lines);
    }
}

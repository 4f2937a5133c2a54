package io.nblint.read;

/**
 * One table cell as extracted.
 *
 * @param text   cell text, trimmed, inner line breaks kept as "\n"
 * @param column grid column when the source has a real grid (DOCX, HTML, PDF rebuilt by position);
 *               for TXT it is only the cell's ordinal in its row
 * @param span   number of grid columns the cell covers (1 unless merged horizontally)
 * @param line   1-based line of the extracted text where the cell stands
 * @param page   1-based page (PDF), else null
 */
public record Cell(String text, int column, int span, int line, Integer page) {
    public boolean isEmpty() {
        return text.isBlank();
    }
}

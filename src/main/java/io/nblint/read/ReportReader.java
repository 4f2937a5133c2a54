package io.nblint.read;

/**
 * Turns one report file's bytes into text lines and table cells. One implementation per format;
 * {@link ReportReaders} picks one by looking at the content, not the file name.
 */
public interface ReportReader {
    /** Short format name: "txt", "pdf", "docx", "html". */
    String format();

    /**
     * True when the bytes look like this reader's format. {@code head} is the start of the file
     * (at most a few KiB); {@code fileName} is only a tie-breaker for formats with no signature.
     */
    boolean accepts(byte[] head, String fileName);

    ReadDocument read(String source, byte[] bytes) throws UnreadableReportException;

    /**
     * The start of the document, enough to find its title (the first pages of a PDF): what a batch
     * reads first to learn every report's agency and year before checking any. Formats that are cheap
     * to read whole return the whole document.
     */
    default ReadDocument readHead(String source, byte[] bytes) throws UnreadableReportException {
        return read(source, bytes);
    }
}

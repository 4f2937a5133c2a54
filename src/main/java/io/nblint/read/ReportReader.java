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
}

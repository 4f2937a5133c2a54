package io.nblint.read;

/**
 * The file cannot be read as a report: empty, binary, encrypted, corrupt, no text layer, too large.
 * The message names the file and the reason in one line, in Chinese, for the terminal and the web page.
 */
public class UnreadableReportException extends Exception {
    private final String source;
    private final String reason;

    public UnreadableReportException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public UnreadableReportException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public String getSource() {
        return source;
    }

    public String getReason() {
        return reason;
    }
}

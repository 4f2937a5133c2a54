package io.nblint.batch;

import io.nblint.parse.ReportParser;
import io.nblint.read.ReportReaders;

/** The standard readers and parser as a {@link ReportAnalyzer}; the one place that follows their factories. */
public final class StandardAnalyzer {
    private StandardAnalyzer() {
    }

    public static ReportAnalyzer create() {
        ReportReaders readers = ReportReaders.standard();
        ReportParser parser = ReportParser.standard();
        return (name, bytes) -> parser.parse(readers.read(name, bytes));
    }
}

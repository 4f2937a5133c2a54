package io.nblint.review;

import io.nblint.facts.ReportFacts;
import io.nblint.parse.ReportParser;
import io.nblint.read.ReportReaders;
import io.nblint.read.UnreadableReportException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Read and parse: bytes → {@link ReportFacts}, the first two steps of the core pipeline; the one
 * place the service touches the reader and parser. A parser failure on an odd file becomes a
 * readable error naming the file, never a failed upload batch.
 */
@ApplicationScoped
public class ReportAnalyzer {
    private final ReportReaders readers = ReportReaders.standard();
    private final ReportParser parser = ReportParser.standard();

    public ReportFacts analyze(String name, byte[] bytes) throws UnreadableReportException {
        var document = readers.read(name, bytes);
        try {
            return parser.parse(document);
        } catch (RuntimeException e) {
            throw new UnreadableReportException(name, "解析失败（" + e + "）", e);
        }
    }
}

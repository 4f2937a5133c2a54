package io.nblint.review;

import io.nblint.batch.StandardAnalyzer;
import io.nblint.facts.ReportFacts;
import io.nblint.read.UnreadableReportException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Read and parse for the service: the same {@link StandardAnalyzer} the batch uses (standard readers
 * and parser, parser failures and non-reports turned into a reason naming the file), as a CDI bean.
 */
@ApplicationScoped
public class ReportAnalyzer {
    private final io.nblint.batch.ReportAnalyzer analyzer = StandardAnalyzer.create();

    public ReportFacts analyze(String name, byte[] bytes) throws UnreadableReportException {
        return analyzer.analyze(name, bytes);
    }
}

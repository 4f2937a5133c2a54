package io.nblint.batch;

import io.nblint.facts.ReportFacts;
import io.nblint.read.UnreadableReportException;

/** Read and parse: file bytes to facts. The batch's only dependency on the reading and parsing stages. */
@FunctionalInterface
public interface ReportAnalyzer {
    ReportFacts analyze(String name, byte[] bytes) throws UnreadableReportException;
}

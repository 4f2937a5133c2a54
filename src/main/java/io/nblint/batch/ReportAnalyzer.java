package io.nblint.batch;

import io.nblint.facts.Report;
import io.nblint.facts.ReportFacts;
import io.nblint.parse.ReportIdentity;
import io.nblint.read.UnreadableReportException;

/** Read and parse: file bytes to facts. The batch's only dependency on the reading and parsing stages. */
@FunctionalInterface
public interface ReportAnalyzer {
    ReportFacts analyze(String name, byte[] bytes) throws UnreadableReportException;

    /**
     * The report's title, agency and year, as cheaply as the format allows; must agree with what
     * {@link #analyze} finds for the same file. A batch calls it on every file before checking any,
     * to order the checks by year. The default analyses the whole report.
     */
    default ReportIdentity identify(String name, byte[] bytes) throws UnreadableReportException {
        Report r = analyze(name, bytes).report();
        return new ReportIdentity(r.getTitle(), r.getAgency(), r.getYear());
    }
}

package io.nblint.batch;

import io.nblint.facts.ReportFacts;
import io.nblint.facts.CellState;
import io.nblint.parse.ReportIdentity;
import io.nblint.parse.ReportParser;
import io.nblint.read.ReportReaders;
import io.nblint.read.UnreadableReportException;

/** The standard readers and parser as a {@link ReportAnalyzer}; the one place that follows their factories. */
public final class StandardAnalyzer {
    private StandardAnalyzer() {
    }

    public static ReportAnalyzer create() {
        ReportReaders readers = ReportReaders.standard();
        ReportParser parser = ReportParser.standard();
        return new ReportAnalyzer() {
            @Override
            public ReportFacts analyze(String name, byte[] bytes) throws UnreadableReportException {
                var document = readers.read(name, bytes);
                ReportFacts facts;
                try {
                    facts = parser.parse(document);
                } catch (RuntimeException e) {
                    // A parser bug on an odd file must name the file and let the rest of a batch or upload go on.
                    throw new UnreadableReportException(name, "解析失败（" + e + "）", e);
                }
                if (!looksLikeAReport(facts)) {
                    throw new UnreadableReportException(name, "不像政府信息公开工作年度报告：没有找到报告标题、任何一个部分或统计表");
                }
                return facts;
            }

            @Override
            public ReportIdentity identify(String name, byte[] bytes) throws UnreadableReportException {
                var head = readers.readHead(name, bytes);
                try {
                    return parser.identify(head);
                } catch (RuntimeException e) {
                    throw new UnreadableReportException(name, "解析失败（" + e + "）", e);
                }
            }
        };
    }

    /**
     * A folder handed to a batch often holds notes, scripts or expected-result files next to the reports;
     * the text reader accepts any text, so a file is only scored when it has a report title, two of the six
     * part headings, or a number in a statistics table cell. Anything else is listed as unchecked rather than
     * scored as a report that lacks everything (a stray row label such as "四、结转下年度继续办理" in a note
     * makes a table "partly found" without a single number in it).
     */
    static boolean looksLikeAReport(ReportFacts facts) {
        return facts.report().getTitle() != null || facts.parts().size() >= 2
                || facts.cells().stream().anyMatch(c -> c.getState() == CellState.NUMBER);
    }
}

package io.nblint.context;

import io.nblint.facts.FormatVersion;
import io.nblint.facts.PriorReport;
import io.nblint.facts.PriorTable2Cell;
import io.nblint.facts.PriorTable3Cell;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.Table2Cell;
import io.nblint.facts.Table3Cell;
import io.nblint.facts.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a batch keeps of one report so the next year's report of the same agency can be compared
 * with it: tables 二 and 三 as prior-cell facts and the sentence hashes, not the whole facts.
 */
public record PriorSummary(String agency, int year, String source, FormatVersion format,
                           List<Object> cells, Set<Long> sentenceHashes) {

    public static PriorSummary of(ReportFacts facts, String agency, int year, String source, int minSentenceChars) {
        return of(facts, agency, year, source, SentenceSet.of(facts, minSentenceChars));
    }

    /** With the report's sentences already split (a batch needs them for the report's own check too). */
    public static PriorSummary of(ReportFacts facts, String agency, int year, String source, SentenceSet sentences) {
        List<Object> cells = new ArrayList<>();
        for (TableCell c : facts.cells()) {
            if (c instanceof Table3Cell t3) cells.add(new PriorTable3Cell(t3, year));
            else if (c instanceof Table2Cell t2) cells.add(new PriorTable2Cell(t2, year));
        }
        return new PriorSummary(agency, year, source, facts.report().getFormatVersion(), List.copyOf(cells),
                Set.copyOf(sentences.hashes()));
    }

    public PriorReport report() {
        return new PriorReport(agency, year, source, format);
    }
}

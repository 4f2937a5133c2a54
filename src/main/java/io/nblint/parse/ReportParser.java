package io.nblint.parse;

import io.nblint.facts.FeeStatement;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.OrganType;
import io.nblint.facts.QuotedNumber;
import io.nblint.facts.Report;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.StatisticsPeriod;
import io.nblint.facts.Table;
import io.nblint.facts.Table2;
import io.nblint.facts.Table3;
import io.nblint.facts.Table4;
import io.nblint.facts.TableCell;
import io.nblint.facts.TableState;
import io.nblint.parse.table.Table2Parser;
import io.nblint.parse.table.Table3Parser;
import io.nblint.parse.table.Table4Parser;
import io.nblint.read.ReadDocument;
import io.nblint.read.TextLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns what a reader extracted into the facts the rules see. Everything the report does not state
 * stays null (title, year, period, publication date): rules must be able to tell "not stated" from
 * "stated wrongly", so nothing is guessed from elsewhere in the text.
 */
public class ReportParser {
    private final TableParser<Table2> table2Parser;
    private final TableParser<Table3> table3Parser;
    private final TableParser<Table4> table4Parser;

    /** The parser with the standard table parsers for both national templates. */
    public static ReportParser standard() {
        return new ReportParser(new Table2Parser(), new Table3Parser(), new Table4Parser());
    }

    public ReportParser(TableParser<Table2> table2Parser, TableParser<Table3> table3Parser,
                        TableParser<Table4> table4Parser) {
        this.table2Parser = Objects.requireNonNull(table2Parser, "table2Parser");
        this.table3Parser = Objects.requireNonNull(table3Parser, "table3Parser");
        this.table4Parser = Objects.requireNonNull(table4Parser, "table4Parser");
    }

    public ReportFacts parse(ReadDocument document) {
        List<TextLine> lines = document.lines();
        PartLayout layout = PartFinder.find(lines, 0);
        ReportTitle title = TitleFinder.find(lines, layout.firstHeadingIndex());
        List<Sentence> sentences = SentenceSplitter.split(lines);

        StatisticsPeriod period = PeriodFinder.find(sentences);
        PublicationDate published = PublicationDateFinder.find(lines);

        TableReading<Table2> t2 = readTable(table2Parser, layout.region(2), lines);
        TableReading<Table3> t3 = readTable(table3Parser, layout.region(3), lines);
        TableReading<Table4> t4 = readTable(table4Parser, layout.region(4), lines);
        List<TableCell> cells = new ArrayList<>();
        cells.addAll(t2.cells());
        cells.addAll(t3.cells());
        cells.addAll(t4.cells());

        String agency = title == null ? null : title.agency();
        Integer year = title == null ? null : title.year();
        FormatVersion format = FormatVersionDecider.decide(List.<Table>of(t2.table(), t3.table(), t4.table()), year, lines);
        OrganType organ = OrganTypeClassifier.classify(agency);

        Report report = new Report(document.source(),
                title == null ? null : title.text(),
                title == null ? null : title.lineNumber(),
                agency, year, format,
                published == null ? null : published.date(),
                published == null ? null : published.text(),
                published == null ? null : published.line(),
                organ, intro(lines, title, layout), lines.size());

        List<FeeStatement> fees = FeeStatementExtractor.extract(sentences, layout);
        List<QuotedNumber> quotes = QuotedNumberExtractor.extract(sentences, layout);
        return new ReportFacts(report, period, layout.parts(), t2.table(), t3.table(), t4.table(), cells, fees, quotes);
    }

    /**
     * Only the title and what it names, for a batch that must know every report's agency and year
     * before it checks any (cross-year rules). Found exactly as {@link #parse} finds them, so on the
     * same lines both agree; give it {@link io.nblint.read.ReportReaders#readHead the head} of a long PDF.
     */
    public ReportIdentity identify(ReadDocument document) {
        List<TextLine> lines = document.lines();
        ReportTitle title = TitleFinder.find(lines, PartFinder.find(lines, 0).firstHeadingIndex());
        return title == null ? ReportIdentity.NONE : new ReportIdentity(title.text(), title.agency(), title.year());
    }

    /**
     * The table is looked for in its own part first; when the part is missing or holds no such table
     * (tables printed under the wrong heading, headings not recognised), in the whole document.
     */
    private static <T extends Table> TableReading<T> readTable(TableParser<T> parser, List<TextLine> region,
                                                                List<TextLine> all) {
        if (region != null) {
            TableReading<T> reading = parser.parse(region);
            if (reading.table().getState() != TableState.ABSENT) return reading;
        }
        return parser.parse(all);
    }

    /** Text between the title and part 一 (the first heading found), blank lines dropped. */
    private static String intro(List<TextLine> lines, ReportTitle title, PartLayout layout) {
        int from = title == null ? 0 : title.lastLine() + 1;
        int to = layout.firstHeadingIndex() >= 0 ? layout.firstHeadingIndex() : lines.size();
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            TextLine line = lines.get(i);
            if (line.isBlank()) continue;
            if (layout.firstHeadingIndex() < 0 && b.length() > 0) break;
            if (b.length() > 0) b.append('\n');
            b.append(line.text().strip());
        }
        return b.toString();
    }
}

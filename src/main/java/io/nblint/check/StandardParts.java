package io.nblint.check;

import io.nblint.facts.DeadlineCalendar;
import io.nblint.facts.ReportFacts;
import io.nblint.score.ScoringConfigException;
import io.nblint.score.ScoringConfigReader;
import io.nblint.parse.ReportParser;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReaders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** The standard readers and parser, wired in one place so only this class follows their constructors. */
final class StandardParts {
    private StandardParts() {
    }

    static ReportReaders readers() {
        return ReportReaders.standard();
    }

    /** Deadlines from {@code rulesDir/scoring.yaml}; the national ones when there is no such file. */
    static DeadlineCalendar deadlines(Path rulesDir) {
        if (rulesDir == null || !Files.exists(rulesDir.resolve(ScoringConfigReader.FILE_NAME))) {
            return DeadlineCalendar.NATIONAL;
        }
        try {
            return new ScoringConfigReader().readFromRules(rulesDir).deadlines();
        } catch (ScoringConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static Function<ReadDocument, ReportFacts> parser() {
        return ReportParser.standard()::parse;
    }
}

package io.nblint.check;

import io.nblint.facts.ReportFacts;
import io.nblint.parse.ReportParser;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReaders;

import java.util.function.Function;

/** The standard readers and parser, wired in one place so only this class follows their constructors. */
final class StandardParts {
    private StandardParts() {
    }

    static ReportReaders readers() {
        return ReportReaders.standard();
    }

    static Function<ReadDocument, ReportFacts> parser() {
        return ReportParser.standard()::parse;
    }
}

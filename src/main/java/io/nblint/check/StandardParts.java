package io.nblint.check;

import io.nblint.facts.ReportFacts;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReaders;

import java.util.function.Function;

/** The standard reader and parser, wired in one place so only this class follows their factories. */
final class StandardParts {
    private StandardParts() {
    }

    static ReportReaders readers() {
        throw new UnsupportedOperationException("报告读取器尚未合入（等待 ReportReaders.standard()）");
    }

    static Function<ReadDocument, ReportFacts> parser() {
        throw new UnsupportedOperationException("报告解析器尚未合入（等待 ReportParser.standard()）");
    }
}

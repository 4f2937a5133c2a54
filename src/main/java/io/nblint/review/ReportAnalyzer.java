package io.nblint.review;

import io.nblint.facts.ReportFacts;
import io.nblint.read.ReadDocument;
import io.nblint.read.ReportReaders;
import io.nblint.read.UnreadableReportException;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Read and parse: bytes → {@link ReportFacts}, the first two steps of the core pipeline. The one
 * place the service touches the reader and parser, so wiring them in is a one-class change.
 * Until the parser lands (ReportParser.standard(), ReportReaders.standard()) they are looked up
 * by name; a missing parser is reported as a readable error, never a crash.
 */
@ApplicationScoped
public class ReportAnalyzer {

    public ReportFacts analyze(String name, byte[] bytes) throws UnreadableReportException {
        ReadDocument doc = readers().read(name, bytes);
        try {
            Object parser = Class.forName("io.nblint.parse.ReportParser").getMethod("standard").invoke(null);
            for (Method m : parser.getClass().getMethods()) {
                if (m.getName().equals("parse") && m.getParameterCount() == 1
                        && m.getParameterTypes()[0].isAssignableFrom(ReadDocument.class)) {
                    return (ReportFacts) m.invoke(parser, doc);
                }
            }
            throw new UnreadableReportException(name, "解析器不可用（ReportParser 缺少 parse(ReadDocument)）");
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new UnreadableReportException(name, "解析器尚未接入（" + e.getMessage() + "）");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableReportException u) throw u;
            throw new UnreadableReportException(name, "解析失败（" + cause + "）", cause);
        }
    }

    private static ReportReaders readers() throws UnreadableReportException {
        try {
            return (ReportReaders) ReportReaders.class.getMethod("standard").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new UnreadableReportException("", "读取器尚未接入（ReportReaders.standard()）");
        }
    }
}

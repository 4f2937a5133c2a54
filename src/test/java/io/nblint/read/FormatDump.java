package io.nblint.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development aid: prints what the format readers make of a file (rows show [column+span]text). */
public class FormatDump {
    public static void main(String[] args) throws Exception {
        List<ReportReader> readers = List.of(new PdfReportReader(), new DocxReportReader(), new HtmlReportReader());
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        ReportReader reader = readers.stream().filter(r -> r.accepts(bytes, args[0])).findFirst().orElseThrow();
        ReadDocument doc = reader.read(args[0], bytes);
        System.out.println("# " + doc.format() + " " + doc.charset());
        for (TextLine l : doc.lines()) {
            if (l.isTableRow()) {
                StringBuilder sb = new StringBuilder();
                for (Cell c : l.cells()) sb.append(" [").append(c.column()).append(c.span() > 1 ? "+" + c.span() : "").append("]").append(c.text().replace("\n", "⏎"));
                System.out.println(l.number() + " p" + l.page() + " ROW" + sb);
            } else {
                System.out.println(l.number() + " p" + l.page() + " " + l.text());
            }
        }
    }
}

package io.nblint.read;

import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: prints what the PDF reader makes of a file. */
public class PdfDump {
    public static void main(String[] args) throws Exception {
        ReadDocument doc = new PdfReportReader().read(args[0], Files.readAllBytes(Path.of(args[0])));
        for (TextLine l : doc.lines()) {
            if (l.isTableRow()) {
                StringBuilder sb = new StringBuilder();
                for (Cell c : l.cells()) sb.append(" [").append(c.column()).append(c.span() > 1 ? "+" + c.span() : "").append("]").append(c.text());
                System.out.println(l.number() + " p" + l.page() + " ROW" + sb);
            } else {
                System.out.println(l.number() + " p" + l.page() + " " + l.text());
            }
        }
    }
}

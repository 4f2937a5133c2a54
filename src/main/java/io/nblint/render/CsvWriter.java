package io.nblint.render;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark: without the BOM, Excel on Chinese Windows opens
 * UTF-8 as GBK and every Chinese character is garbled. Lines end in CRLF as Excel expects.
 */
public class CsvWriter implements Closeable {
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        stream.write(BOM);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    public synchronized void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(values.get(i)));
        }
        out.write("\r\n");
    }

    public synchronized void flush() throws IOException {
        out.flush();
    }

    static String quote(Object value) {
        if (value == null) return "";
        String s = value.toString();
        // A leading = + - @ makes Excel evaluate the cell as a formula (CSV injection); quote it as text.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}

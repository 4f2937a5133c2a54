package io.nblint.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads plain-text reports (often saved from a DOCX or web page): lines with tabs are table rows,
 * every other line a paragraph. Line endings are normalised (CRLF, lone CR) before numbering, so
 * line numbers match what an editor shows.
 */
public class TextReader implements ReportReader {

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        if (head.length == 0) return false;
        if (startsWith(head, "%PDF") || startsWith(head, "PK\u0003\u0004")) return false;
        Charset bom = TextDecoding.bomCharset(head);
        if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
            // UTF-16 text is full of NUL bytes by nature; judge it by its characters instead.
            int skip = TextDecoding.bomLength(bom);
            String text = new String(head, skip, head.length - skip, bom);
            return !looksLikeHtml(text) && controlShare(text) < 0.05;
        }
        for (byte b : head) {
            if (b == 0) return false;
        }
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
        }
        if (controls > head.length / 50) return false;
        if (!TextDecoding.headDecodes(head)) return false;
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
        return !looksLikeHtml(start);
    }

    @Override
    public ReadDocument read(String source, byte[] bytes) throws UnreadableReportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new UnreadableReportException(source, "文件只有空白字符，没有文字内容");
        if (controlShare(text) >= 0.05) throw new UnreadableReportException(source, "含有大量控制字符，不是文本文件");
        List<String> raw = new ArrayList<>(List.of(text.split("\n", -1)));
        if (raw.size() > 1 && raw.get(raw.size() - 1).isEmpty()) raw.remove(raw.size() - 1);
        List<TextLine> lines = new CellPerLineLayout(raw).lines();
        return new ReadDocument(source, format(), decoded.charset().name(), lines);
    }

    private static boolean startsWith(byte[] head, String ascii) {
        if (head.length < ascii.length()) return false;
        for (int i = 0; i < ascii.length(); i++) {
            if (head[i] != (byte) ascii.charAt(i)) return false;
        }
        return true;
    }

    private static boolean looksLikeHtml(String start) {
        String s = start.substring(0, Math.min(start.length(), 1024)).toLowerCase(Locale.ROOT);
        return s.contains("<!doctype html") || s.contains("<html");
    }

    private static double controlShare(String text) {
        if (text.isEmpty()) return 0;
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
        }
        return (double) controls / text.length();
    }
}

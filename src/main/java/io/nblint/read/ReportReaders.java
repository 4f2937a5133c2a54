package io.nblint.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Picks the reader for a file by sniffing its content (file extensions lie: ".doc" that is HTML,
 * ".txt" that is a PDF), in the order given, and turns every way a file can fail into an
 * {@link UnreadableReportException} naming the file.
 */
public class ReportReaders {
    /** Reports are a few hundred KiB; anything this large is not one and would only exhaust memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final int HEAD = 8192;

    private final List<ReportReader> readers;

    public ReportReaders(List<ReportReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * The readers for every supported format. Readers with a signature (PDF, DOCX, HTML) must come
     * before TXT, which accepts any text; TXT itself refuses those signatures as a safety net.
     */
    public static ReportReaders standard() {
        return new ReportReaders(List.of(new PdfReportReader(), new DocxReportReader(), new HtmlReportReader(), new TextReader()));
    }

    public ReadDocument read(Path file) throws UnreadableReportException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) throw new UnreadableReportException(name, "是目录，不是报告文件");
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableReportException(name, "文件过大（" + size / (1024 * 1024) + " MiB，上限 " + MAX_BYTES / (1024 * 1024) + " MiB）");
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableReportException(name, "文件不存在");
        } catch (IOException e) {
            throw new UnreadableReportException(name, "无法读取文件（" + e.getMessage() + "）", e);
        }
    }

    public ReadDocument read(String name, byte[] bytes) throws UnreadableReportException {
        return read(name, bytes, false);
    }

    /** The start of the document only (see {@link ReportReader#readHead}), with the same refusals as {@link #read}. */
    public ReadDocument readHead(String name, byte[] bytes) throws UnreadableReportException {
        return read(name, bytes, true);
    }

    private ReadDocument read(String name, byte[] bytes, boolean headOnly) throws UnreadableReportException {
        if (bytes.length == 0) throw new UnreadableReportException(name, "文件为空");
        if (bytes.length > MAX_BYTES) throw new UnreadableReportException(name, "文件过大");
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
        for (ReportReader reader : readers) {
            if (reader.accepts(head, name)) {
                try {
                    return headOnly ? reader.readHead(name, bytes) : reader.read(name, bytes);
                } catch (UnreadableReportException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // A reader bug or a file that trips a library must still name the file, never crash a batch.
                    throw new UnreadableReportException(name, "按 " + reader.format() + " 格式读取失败（" + e + "）", e);
                }
            }
        }
        throw new UnreadableReportException(name, "不是可识别的报告格式（支持 TXT、PDF、DOCX、HTML），或是二进制文件");
    }
}

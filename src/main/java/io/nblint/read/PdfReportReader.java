package io.nblint.read;

import io.nblint.read.pdf.PdfLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads PDF reports. Tables are rebuilt from where the characters and the border lines are printed
 * (see {@link PdfLayout}), because a PDF's plain text has no cell boundaries and loses empty cells.
 */
public class PdfReportReader implements ReportReader {
    private static final int SIGNATURE_WINDOW = 1024;
    private static final int HEAD_PAGES = 2;

    @Override
    public String format() {
        return "pdf";
    }

    /** "%PDF-" within the first KiB: some producers put junk or a BOM before the header. */
    @Override
    public boolean accepts(byte[] head, String fileName) {
        String start = new String(head, 0, Math.min(head.length, SIGNATURE_WINDOW), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    @Override
    public ReadDocument read(String source, byte[] bytes) throws UnreadableReportException {
        return read(source, bytes, Integer.MAX_VALUE);
    }

    /** The first pages: the title and the report year are on the first page, the first heading soon after. */
    @Override
    public ReadDocument readHead(String source, byte[] bytes) throws UnreadableReportException {
        return read(source, bytes, HEAD_PAGES);
    }

    private ReadDocument read(String source, byte[] bytes, int maxPages) throws UnreadableReportException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            while (document.getNumberOfPages() > maxPages) document.removePage(document.getNumberOfPages() - 1);
            List<TextLine> lines = PdfLayout.read(document);
            // The head of a report may be a scanned cover; only the whole document proves there is no text.
            if (maxPages == Integer.MAX_VALUE && lines.stream().allMatch(TextLine::isBlank)) {
                throw new UnreadableReportException(source, "PDF 无文字层，需要OCR（可能是扫描件或图片，没有可提取的文字）");
            }
            return new ReadDocument(source, format(), null, lines);
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException(source, "PDF 已加密，无法读取", e);
        } catch (IOException e) {
            throw new UnreadableReportException(source, "PDF 文件已损坏，无法解析（" + e.getMessage() + "）", e);
        }
    }
}

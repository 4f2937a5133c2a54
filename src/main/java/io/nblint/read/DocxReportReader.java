package io.nblint.read;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads Word 2007+ reports (DOCX) with POI XWPF: paragraphs and tables in body order. Table cells
 * are placed on the Word grid: gridBefore and gridSpan (horizontal merge) advance the column,
 * vMerge continuation cells (vertical merge) stay as blank cells in their column.
 */
public class DocxReportReader implements ReportReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @Override
    public String format() {
        return "docx";
    }

    /**
     * A zip whose first entries include Word's parts; a zip or an OLE2 file named .docx/.doc (so the
     * user hears why it fails, rather than "unrecognised"); and a binary file named .docx.
     */
    @Override
    public boolean accepts(byte[] head, String fileName) {
        boolean namedWord = fileName != null && fileName.toLowerCase(Locale.ROOT).matches(".*\\.(docx|docm|doc)$");
        if (startsWith(head, ZIP)) {
            String names = new String(head, StandardCharsets.ISO_8859_1);
            return names.contains("word/") || namedWord;
        }
        if (startsWith(head, OLE2)) return namedWord;
        return namedWord && isBinary(head);
    }

    @Override
    public ReadDocument read(String source, byte[] bytes) throws UnreadableReportException {
        if (startsWith(bytes, OLE2)) {
            throw new UnreadableReportException(source, "是旧版 Word（.doc）文件或加密的 DOCX，无法读取；请另存为 DOCX 或 PDF");
        }
        if (!startsWith(bytes, ZIP)) throw new UnreadableReportException(source, "DOCX 文件不是有效的 zip 压缩包");
        try {
            if (!hasEntry(bytes, "word/document.xml")) {
                throw new UnreadableReportException(source, "不是 Word 文档（压缩包中没有 word/document.xml）");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableReportException(source, "DOCX 压缩包已损坏，无法解压（" + e.getMessage() + "）", e);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<TextLine> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) addElement(element, lines);
            return new ReadDocument(source, format(), null, lines);
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableReportException(source, "不是 Word 文档（" + e.getMessage() + "）", e);
        } catch (IOException | POIXMLException e) {
            throw new UnreadableReportException(source, "DOCX 文件已损坏，无法解析（" + e.getMessage() + "）", e);
        }
    }

    private static void addElement(IBodyElement element, List<TextLine> lines) {
        if (element instanceof XWPFParagraph p) {
            addParagraphText(p.getText(), lines);
        } else if (element instanceof XWPFTable t) {
            addTable(t, lines);
        } else if (element instanceof XWPFSDT sdt) {
            addParagraphText(sdt.getContent().getText(), lines);
        }
    }

    /** A manual line break inside a Word paragraph starts a new line, as it does on the page. */
    private static void addParagraphText(String text, List<TextLine> lines) {
        for (String line : text.split("\\R")) {
            String stripped = blankAsSpace(line).strip();
            if (!stripped.isEmpty()) lines.add(TextLine.paragraph(lines.size() + 1, null, stripped));
        }
    }

    private static void addTable(XWPFTable table, List<TextLine> lines) {
        for (XWPFTableRow row : table.getRows()) {
            int column = gridBefore(row);
            List<GridCell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
                        ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                CTVMerge vMerge = pr != null ? pr.getVMerge() : null;
                boolean continued = vMerge != null && (vMerge.getVal() == null || vMerge.getVal() == STMerge.CONTINUE);
                cells.add(new GridCell(continued ? "" : cellText(cell), column, span));
                column += span;
            }
            TextLine line = GridCell.toLine(lines.size() + 1, null, cells);
            if (line != null) lines.add(line);
        }
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) return 0;
        return pr.getGridBeforeArray(0).getVal().intValue();
    }

    /** The cell's paragraphs (and any nested table's cells) joined with "\n". */
    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : cell.getBodyElements()) {
            if (e instanceof XWPFParagraph p) parts.add(p.getText());
            else if (e instanceof XWPFTable nested) {
                for (XWPFTableRow r : nested.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) parts.add(cellText(c));
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            for (String line : part.split("\\R")) {
                String s = blankAsSpace(line).strip();
                if (!s.isEmpty()) kept.add(s);
            }
        }
        return String.join("\n", kept);
    }

    /** A cell holding only a non-breaking or ideographic space is blank, not a cell with text. */
    private static String blankAsSpace(String s) {
        return s.replace('\u00A0', ' ').replace('\u3000', ' ');
    }

    private static boolean hasEntry(byte[] bytes, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return true;
            }
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }

    private static boolean isBinary(byte[] head) {
        for (int i = 0; i < Math.min(head.length, 1024); i++) if (head[i] == 0) return true;
        return false;
    }
}

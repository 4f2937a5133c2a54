package io.nblint.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sniffing, and files the format readers must refuse with a clear reason naming the file. */
class FormatRefusalsTest {
    private final ReportReaders readers = ReportReaders.standard();

    private UnreadableReportException refused(String name, byte[] bytes) {
        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> readers.read(name, bytes));
        assertEquals(name, e.getSource());
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        return e;
    }

    private static byte[] pdf(PDDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    private static PDDocument onePageWithText() throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText("annual report 2024");
            cs.endText();
        }
        return doc;
    }

    @Test
    void encryptedPdfIsRefused() throws Exception {
        PDDocument doc = onePageWithText();
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        assertTrue(refused("locked.pdf", pdf(doc)).getReason().contains("PDF 已加密，无法读取"));
    }

    @Test
    void corruptPdfIsRefused() {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage without xref or trailer\n".getBytes(StandardCharsets.ISO_8859_1);
        UnreadableReportException e = refused("broken.pdf", bytes);
        assertTrue(e.getReason().contains("PDF"), e.getReason());
    }

    @Test
    void imageOnlyPdfAsksForOcr() throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image, 50, 50, 500, 700);
        }
        assertTrue(refused("scan.pdf", pdf(doc)).getReason().contains("无文字层，需要OCR"));
    }

    @Test
    void pdfSignatureIsFoundAfterLeadingJunk() throws Exception {
        byte[] real = pdf(onePageWithText());
        byte[] junk = new byte[300];
        Arrays.fill(junk, (byte) ' ');
        byte[] bytes = new byte[junk.length + real.length];
        System.arraycopy(junk, 0, bytes, 0, junk.length);
        System.arraycopy(real, 0, bytes, junk.length, real.length);
        assertTrue(new PdfReportReader().accepts(bytes, "x.bin"));
        assertEquals("annual report 2024", readers.read("x.bin", bytes).lines().get(0).text());
    }

    @Test
    void docxThatIsNotAZipIsRefusedAsSuch() {
        byte[] bytes = new byte[64];
        bytes[0] = 7; // binary, no zip signature
        assertTrue(refused("report.docx", bytes).getReason().contains("DOCX 文件不是有效的 zip 压缩包"));
    }

    @Test
    void zipThatIsNotAWordDocumentIsNotTakenForDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data/table.csv"));
            zip.write("a,b\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = out.toByteArray();
        assertFalse(new DocxReportReader().accepts(bytes, "archive.zip"));
        assertTrue(refused("archive.zip", bytes).getReason().contains("不是可识别的报告格式"));
        assertTrue(refused("renamed.docx", bytes).getReason().contains("word/document.xml"));
    }

    @Test
    void oldBinaryWordIsRefusedWithAHint() {
        byte[] bytes = new byte[1024];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, bytes, 0, ole2.length);
        assertTrue(refused("report.doc", bytes).getReason().contains("另存为 DOCX"));
    }

    @Test
    void webPageWithoutAReportIsRefused() {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>首页</title></head><body>"
                + "<nav><a href=\"/ndbg\">政府信息公开年度报告</a></nav><div class=\"news\"><p>今日要闻：全市召开工作会议。</p></div></body></html>";
        assertTrue(refused("index.html", page.getBytes(StandardCharsets.UTF_8)).getReason().contains("网页中没有找到年度报告正文"));
    }

    @Test
    void htmlIsSniffedAfterBomAndWhitespaceButProseMentioningTablesIsNot() {
        HtmlReportReader html = new HtmlReportReader();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' '};
        byte[] page = "<table><tr><td>x</td></tr></table>".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + page.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(page, 0, both, bom.length, page.length);
        assertTrue(html.accepts(both, "a.txt"));
        assertFalse(html.accepts("本报告以<table>形式列出数据".getBytes(StandardCharsets.UTF_8), "a.html"));
    }

    /** A GBK page without any meta charset, and one that declares gb2312 but was re-saved as UTF-8. */
    @Test
    void htmlCharsetIsSniffedWhenMissingOrWrong() throws Exception {
        byte[] utf8 = Files.readAllBytes(Path.of("fixtures", "formats", "004_6a991fb02bff9604", "report.html"));
        String text = new String(utf8, StandardCharsets.UTF_8);
        byte[] gbkNoMeta = text.replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", "")
                .getBytes(Charset.forName("GBK"));
        ReadDocument a = readers.read("nometa.html", gbkNoMeta);
        assertEquals("GB18030", a.charset());
        assertEquals("沙坡头区司法局", a.lines().get(0).text());
        byte[] lying = text.replace("charset=utf-8", "charset=gb2312").getBytes(StandardCharsets.UTF_8);
        ReadDocument b = readers.read("lying.html", lying);
        assertEquals("UTF-8", b.charset());
        assertEquals("沙坡头区司法局", b.lines().get(0).text());
    }

    @Test
    void htmlRowspanColspanAndNbspCellsStayOnTheGrid() throws Exception {
        String page = "<html><body><h1>某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>第一行<br>第二行</p>"
                + "<table><tr><td rowspan=\"2\">行政复议</td><td colspan=\"2\">申请人情况</td><td>x</td></tr>"
                + "<tr><td>&nbsp;</td><td>5</td><td>6</td></tr></table></body></html>";
        ReadDocument doc = readers.read("t.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals("第一行", doc.lines().get(2).text());
        assertEquals("第二行", doc.lines().get(3).text());
        TextLine second = doc.lines().get(5);
        assertEquals(4, second.cells().size());
        assertEquals("", second.cells().get(0).text()); // covered by the rowspan above
        assertEquals(0, second.cells().get(0).column());
        assertEquals("", second.cells().get(1).text()); // &nbsp; is blank, not missing
        assertEquals(1, second.cells().get(1).column());
        assertEquals("5", second.cells().get(2).text());
        assertEquals(2, second.cells().get(2).column());
        assertEquals(3, second.cells().get(3).column());
        assertEquals(2, doc.lines().get(4).cells().get(1).span());
    }
}

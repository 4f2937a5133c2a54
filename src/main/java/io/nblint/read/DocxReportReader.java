package io.nblint.read;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads Word 2007+ reports (DOCX): word/document.xml is walked directly ({@link WordBodyWalker}),
 * because what wraps the report's text in real files (content controls, tracked changes, text
 * boxes with their VML fallback copy, legacy hMerge, layout tables) is beyond what a generic
 * Word model reports faithfully.
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
        byte[] xml;
        try {
            xml = entry(bytes, "word/document.xml");
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableReportException(source, "DOCX 压缩包已损坏，无法解压（" + e.getMessage() + "）", e);
        }
        if (xml == null) throw new UnreadableReportException(source, "不是 Word 文档（压缩包中没有 word/document.xml）");
        Element root;
        try {
            root = parse(xml).getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new UnreadableReportException(source, "DOCX 文件已损坏，无法解析（" + e.getMessage() + "）", e);
        }
        Element body = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "body".equals(e.getLocalName()) && WordBodyWalker.W_NAMESPACES.contains(e.getNamespaceURI())) body = e;
        }
        if (body == null) throw new UnreadableReportException(source, "不是 Word 文档（word/document.xml 中没有正文）");
        return new ReadDocument(source, format(), null, new WordBodyWalker().walk(body));
    }

    /** Namespace-aware DOM, with DTDs and external entities refused (the file comes from outside). */
    private static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml));
    }

    /** The named entry of the zip, or null when it has none. */
    private static byte[] entry(byte[] bytes, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return zip.readAllBytes();
            }
            return null;
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

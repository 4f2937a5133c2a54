package io.nblint.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReaderTest {
    private static final Path SEEDS = Path.of("fixtures/seeds");
    private final TextReader reader = new TextReader();

    private static String seedText(String name) throws Exception {
        return Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<String> texts(ReadDocument doc) {
        return doc.lines().stream().map(l -> l.number() + "|" + l.text() + "|" + l.cells()).toList();
    }

    @Test
    void tabLinesBecomeRowsWithEmptyCellsKept() throws Exception {
        ReadDocument doc = reader.read("000.txt", Files.readAllBytes(SEEDS.resolve("000_8e4fae53c81d4e1a.txt")));
        assertEquals("UTF-8", doc.charset());
        assertEquals("txt", doc.format());
        TextLine row = doc.lines().stream().filter(l -> l.number() == 53).findFirst().orElseThrow();
        assertTrue(row.isTableRow());
        assertFalse(row.gridAligned());
        assertEquals(10, row.cells().size());
        assertEquals("", row.cells().get(0).text());
        assertEquals("(三) 不予公开", row.cells().get(1).text());
        assertEquals("1.属于国家秘密", row.cells().get(2).text());
        assertEquals(9, row.cells().get(9).column());
        TextLine para = doc.lines().stream().filter(l -> l.number() == 27).findFirst().orElseThrow();
        assertFalse(para.isTableRow());
        assertEquals("二、主动公开政府信息情况", para.text());
    }

    @Test
    void cellPerLineLayoutIsGroupedIntoRows() throws Exception {
        ReadDocument doc = reader.read("003.txt", Files.readAllBytes(SEEDS.resolve("003_060f1afac52ad05c.txt")));
        TextLine r1 = doc.lines().stream().filter(l -> l.number() == 87).findFirst().orElseThrow();
        assertEquals(8, r1.cells().size());
        assertEquals("一、本年新收政府信息公开申请数量", r1.cells().get(0).text());
        assertEquals(88, r1.cells().get(1).line());
        assertEquals(94, r1.cells().get(7).line());
        TextLine header = doc.lines().stream().filter(l -> l.number() == 76).findFirst().orElseThrow();
        assertEquals("商业\n企业", header.cells().get(2).text());
        assertEquals(78, header.cells().get(2).line());
        assertEquals("其他", header.cells().get(6).text());
        // the lines swallowed by a group are not emitted again
        assertTrue(doc.lines().stream().noneMatch(l -> l.number() == 88));
        // prose after the table is untouched
        TextLine part5 = doc.lines().stream().filter(l -> l.number() == 412).findFirst().orElseThrow();
        assertEquals("五、存在的主要问题及改进情况", part5.text());
        // table 四's data row: 15 cells, no-break spaces trimmed
        TextLine t4 = doc.lines().stream().filter(l -> l.number() == 394).findFirst().orElseThrow();
        assertEquals(15, t4.cells().size());
        assertEquals("0", t4.cells().get(1).text());
    }

    @Test
    void ordinaryTabRowsAreNotTakenForCellPerLine() throws Exception {
        String text = "表\n\t规章\t0\n\t行政许可\t1\n\n\t行政处罚\t2\n\t行政强制\t3\n";
        ReadDocument doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(6, doc.lines().size());
        assertEquals(List.of("", "规章", "0"), doc.lines().get(1).cells().stream().map(Cell::text).toList());
    }

    @Test
    void gb18030CopyDecodesIdentically() throws Exception {
        for (String seed : List.of("000_8e4fae53c81d4e1a.txt", "003_060f1afac52ad05c.txt")) {
            String text = seedText(seed);
            ReadDocument utf8 = reader.read(seed, text.getBytes(StandardCharsets.UTF_8));
            byte[] gb = text.getBytes(Charset.forName("GB18030"));
            assertTrue(reader.accepts(gb, seed));
            ReadDocument gbDoc = reader.read(seed, gb);
            assertEquals("GB18030", gbDoc.charset());
            assertEquals(texts(utf8), texts(gbDoc));
        }
    }

    @Test
    void bomsAreHonouredAndStripped() throws Exception {
        String text = seedText("001_66bd8bba5bd9b9c1.txt");
        List<String> expected = texts(reader.read("x", text.getBytes(StandardCharsets.UTF_8)));
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(expected, texts(reader.read("x", utf8Bom)));
        assertTrue(reader.accepts(java.util.Arrays.copyOf(le, Math.min(le.length, 8192)), "x.txt"));
        ReadDocument leDoc = ReportReaders.standard().read("x.txt", le);
        assertEquals("UTF-16LE", leDoc.charset());
        assertEquals(expected, texts(leDoc));
        assertEquals(expected, texts(reader.read("x", be)));
    }

    @Test
    void crlfAndLoneCrAreNormalised() throws Exception {
        String text = seedText("004_6a991fb02bff9604.txt");
        List<String> expected = texts(reader.read("x", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, texts(reader.read("x", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
        assertEquals(expected, texts(reader.read("x", text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void otherFormatsAndBinaryAreRefused() {
        assertFalse(reader.accepts("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), "a.txt"));
        assertFalse(reader.accepts("PK\u0003\u0004\u0014\u0000".getBytes(StandardCharsets.ISO_8859_1), "a.docx"));
        assertFalse(reader.accepts("\n  <!DOCTYPE html><html><body>报告</body></html>".getBytes(StandardCharsets.UTF_8), "a.doc"));
        assertFalse(reader.accepts("<HTML><head><meta charset=gbk></head>".getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertFalse(reader.accepts(new byte[] {'a', 'b', 0, 'c'}, "a.txt"));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        assertFalse(reader.accepts(controls, "a.txt"));
        assertTrue(reader.accepts("一、总体情况\n".getBytes(StandardCharsets.UTF_8), "report"));
    }

    @Test
    void binaryAndEmptyFilesAreRejectedWithAReasonNamingTheFile(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("年报.txt");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(binary, bytes);
        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> ReportReaders.standard().read(binary));
        assertTrue(e.getMessage().contains("年报.txt"), e.getMessage());
        assertTrue(e.getReason().contains("二进制"), e.getReason());

        Path empty = dir.resolve("空报告.txt");
        Files.write(empty, new byte[0]);
        e = assertThrows(UnreadableReportException.class, () -> ReportReaders.standard().read(empty));
        assertTrue(e.getMessage().contains("空报告.txt"), e.getMessage());
        assertTrue(e.getReason().contains("空"), e.getReason());

        Path blank = dir.resolve("空白.txt");
        Files.writeString(blank, " \n\t\n  \n");
        e = assertThrows(UnreadableReportException.class, () -> ReportReaders.standard().read(blank));
        assertTrue(e.getMessage().contains("空白.txt"));
        assertTrue(e.getReason().contains("没有文字内容"), e.getReason());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

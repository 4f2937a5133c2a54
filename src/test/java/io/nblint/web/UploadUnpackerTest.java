package io.nblint.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadUnpackerTest {
    private final UploadUnpacker unpacker = new UploadUnpacker(3, 1024 * 1024, 2 * 1024 * 1024, 100);

    private static byte[] zip(Charset names, Object... nameAndContent) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameAndContent[i]));
                zip.write((byte[]) nameAndContent[i + 1]);
            }
        }
        return out.toByteArray();
    }

    @Test
    void plainReportPassesOtherTypesAreRefused() {
        byte[] text = "报告".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, unpacker.unpack("a.txt", text).get(0).bytes());
        UploadUnpacker.Item exe = unpacker.unpack("a.exe", text).get(0);
        assertNull(exe.bytes());
        assertTrue(exe.refusal().contains("不接受的文件类型"));
        assertTrue(unpacker.unpack("empty.pdf", new byte[0]).get(0).refusal().contains("为空"));
    }

    @Test
    void entryPathsAreReducedToNamesAndGbkNamesAreRead() throws IOException {
        byte[] z = zip(Charset.forName("GBK"), "../../etc/隆德县司法局.txt", "x".getBytes(StandardCharsets.UTF_8));
        // ZipOutputStream flags non-UTF-8 names as such only when writing UTF-8; GBK names come unflagged, as from Windows.
        List<UploadUnpacker.Item> items = unpacker.unpack("批量.zip", z);
        assertEquals(1, items.size());
        assertEquals("批量.zip!隆德县司法局.txt", items.get(0).name());
        assertNotNull(items.get(0).bytes());
    }

    @Test
    void tooManyEntriesStop() throws IOException {
        byte[] one = "x".getBytes(StandardCharsets.UTF_8);
        List<UploadUnpacker.Item> items = unpacker.unpack("b.zip",
                zip(StandardCharsets.UTF_8, "1.txt", one, "2.txt", one, "3.txt", one, "4.txt", one));
        assertEquals(4, items.size());
        assertTrue(items.get(3).refusal().contains("文件过多"));
    }

    @Test
    void highRatioAndOversizeEntriesStopInflating() throws IOException {
        byte[] zeros = new byte[1536 * 1024]; // 1.5 MiB of zeros: ratio ≈ 1000:1, and over the 1 MiB entry cap
        List<UploadUnpacker.Item> items = unpacker.unpack("c.zip", zip(StandardCharsets.UTF_8, "z.txt", zeros));
        assertEquals(1, items.size());
        assertNull(items.get(0).bytes());
        assertTrue(items.get(0).refusal().contains("压缩炸弹"), items.get(0).refusal());
    }

    @Test
    void corruptZipIsRefusedWithAReason() {
        byte[] broken = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};
        UploadUnpacker.Item item = unpacker.unpack("d.zip", broken).get(0);
        assertNull(item.bytes());
        assertNotNull(item.refusal());
    }
}

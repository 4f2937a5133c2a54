package io.nblint.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns an uploaded file into the report files it holds: itself, or the entries of a zip. Zips are
 * read defensively: entry names are never used as paths (no zip-slip possible: nothing is written to
 * disk), and entry count, each entry's size, the total size and the compression ratio are capped
 * while inflating, so a zip bomb stops at the cap instead of filling memory.
 */
public class UploadUnpacker {
    /** File types a report comes in; anything else is refused before it is stored. */
    static final List<String> REPORT_ENDINGS = List.of(".txt", ".pdf", ".docx", ".html", ".htm", ".doc", ".wps");

    private final int maxEntries;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final int maxRatio;

    public UploadUnpacker(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
        this.maxEntries = maxEntries;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.maxRatio = maxRatio;
    }

    /** One report file to store, or one refusal to tell the uploader about. */
    public record Item(String name, byte[] bytes, String refusal) {
    }

    public List<Item> unpack(String name, byte[] bytes) {
        if (isZip(name, bytes)) {
            try {
                return unzip(name, bytes, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // Entry names not in UTF-8 and not flagged as such: zips made by Chinese Windows use GBK.
                try {
                    return unzip(name, bytes, Charset.forName("GB18030"));
                } catch (IllegalArgumentException again) {
                    return List.of(new Item(name, null, "压缩包损坏或无法读取（" + again.getMessage() + "）"));
                }
            }
        }
        String refusal = refusal(name, bytes.length);
        return List.of(new Item(name, refusal == null ? bytes : null, refusal));
    }

    private String refusal(String name, long size) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (REPORT_ENDINGS.stream().noneMatch(lower::endsWith)) {
            return "不接受的文件类型（仅接受 TXT、PDF、DOCX、HTML 报告或其 ZIP 压缩包）";
        }
        if (size == 0) return "文件为空";
        if (size > maxEntryBytes) return "文件过大（上限 " + maxEntryBytes / (1024 * 1024) + " MiB）";
        return null;
    }

    private static boolean isZip(String name, byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                && name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private List<Item> unzip(String zipName, byte[] bytes, Charset names) {
        List<Item> items = new ArrayList<>();
        long total = 0;
        int entries = 0;
        CountingStream source = new CountingStream(new ByteArrayInputStream(bytes));
        try (ZipInputStream zip = new ZipInputStream(source, names)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) continue;
                String name = zipName + "!" + baseName(entry.getName());
                if (++entries > maxEntries) {
                    items.add(new Item(zipName, null, "压缩包内文件过多（上限 " + maxEntries + " 个），其余文件未处理"));
                    break;
                }
                String refusal = refusal(name, 1);
                if (refusal != null) {
                    items.add(new Item(name, null, refusal));
                    continue;
                }
                long budget = Math.min(maxEntryBytes, maxTotalBytes - total);
                byte[] content = readCapped(zip, budget, source, maxRatio);
                if (content == BOMB) {
                    items.add(new Item(name, null, "压缩比异常（超过 " + maxRatio + ":1），疑似压缩炸弹，已停止解压"));
                    break;
                }
                if (content == null) {
                    items.add(new Item(name, null, "解压后过大（单个文件上限 " + maxEntryBytes / (1024 * 1024)
                            + " MiB，压缩包合计上限 " + maxTotalBytes / (1024 * 1024) + " MiB），疑似压缩炸弹，已停止解压"));
                    break;
                }
                total += content.length;
                items.add(new Item(name, content, content.length == 0 ? "文件为空" : null));
            }
        } catch (IOException e) {
            items.add(new Item(zipName, null, "压缩包损坏或无法读取（" + e.getMessage() + "）"));
        }
        if (entries == 0 && items.isEmpty()) items.add(new Item(zipName, null, "压缩包中没有文件"));
        return items;
    }

    private static final byte[] BOMB = new byte[0];

    /**
     * Inflates at most {@code budget} bytes; null when the entry is larger, {@link #BOMB} as soon as
     * the bytes inflated per compressed byte consumed exceed the ratio (checked past the first MiB,
     * so small well-compressed text files pass).
     */
    private static byte[] readCapped(InputStream in, long budget, CountingStream source, int maxRatio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long start = source.count;
        long read = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            read += n;
            if (read > budget) return null;
            if (read > 1024 * 1024 && read / Math.max(1, source.count - start) > maxRatio) return BOMB;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Counts the compressed bytes the zip reader has consumed. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

    /** Only the last path segment is kept: the name is a label, never a path. */
    static String baseName(String entryName) {
        String n = entryName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}

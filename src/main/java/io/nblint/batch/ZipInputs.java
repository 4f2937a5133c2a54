package io.nblint.batch;

import io.nblint.read.ReportReaders;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The reports inside a zip. Entries are read into memory one at a time and never written to disk
 * under their own names, and an entry whose name would escape a folder ("../", an absolute path,
 * a drive letter: zip-slip) is refused and listed. Sizes are counted while reading, not taken from
 * the headers (which a zip bomb fakes): each entry is capped at the reader limit, the whole archive
 * at {@link #MAX_TOTAL}, and the entry count at {@link #MAX_ENTRIES}.
 */
public class ZipInputs implements Closeable {
    public static final long MAX_TOTAL = 2L * 1024 * 1024 * 1024;
    public static final int MAX_ENTRIES = 20_000;

    private final ZipFile zip;
    private final List<ReportInput> inputs = new ArrayList<>();
    private final AtomicLong totalRead = new AtomicLong();

    public ZipInputs(Path file) throws IOException {
        this.zip = open(file);
        List<? extends ZipEntry> entries = entries(zip);
        if (entries.size() > MAX_ENTRIES) {
            zip.close();
            throw new IOException("压缩包条目过多（" + entries.size() + " 个，上限 " + MAX_ENTRIES + "）");
        }
        for (ZipEntry e : entries) {
            if (e.isDirectory()) continue;
            String name = e.getName();
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.startsWith(".") || name.startsWith("__MACOSX/")) continue;
            String unsafe = unsafeReason(name);
            inputs.add(unsafe == null ? new EntryInput(name, e) : new RefusedInput(name, unsafe));
        }
        inputs.sort(java.util.Comparator.comparing(ReportInput::name));
    }

    public List<ReportInput> inputs() {
        return inputs;
    }

    /** Why an entry name is unsafe to use as a path, or null when it is safe. */
    static String unsafeReason(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) return "压缩包条目使用绝对路径，已拒绝（可能是路径穿越攻击）";
        for (String part : n.split("/")) {
            if (part.equals("..")) return "压缩包条目路径含「..」，已拒绝（可能是路径穿越攻击）";
        }
        if (n.indexOf('\0') >= 0) return "压缩包条目名称含非法字符，已拒绝";
        return null;
    }

    /** Windows zip tools write GBK names without the UTF-8 flag; try UTF-8 first, then GB18030. */
    private static ZipFile open(Path file) throws IOException {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            ZipFile z = null;
            try {
                z = new ZipFile(file.toFile(), cs);
                entries(z); // decodes every name: fails here on a wrong charset
                return z;
            } catch (IllegalArgumentException e) {
                if (z != null) z.close();
            } catch (ZipException e) {
                if (z != null) z.close();
                throw new IOException("不是有效的 zip 压缩包（" + e.getMessage() + "）");
            }
        }
        throw new IOException("压缩包中的文件名编码无法识别");
    }

    private static List<? extends ZipEntry> entries(ZipFile z) {
        List<ZipEntry> list = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) list.add(en.nextElement());
        return list;
    }

    private final class EntryInput implements ReportInput {
        private final String name;
        private final ZipEntry entry;

        EntryInput(String name, ZipEntry entry) {
            this.name = name;
            this.entry = entry;
        }

        @Override
        public String name() { return name; }

        @Override
        public byte[] read() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            long n = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                int r;
                while ((r = in.read(buf)) > 0) {
                    n += r;
                    if (n > ReportReaders.MAX_BYTES) {
                        throw new IOException("解压后超过 " + ReportReaders.MAX_BYTES / (1024 * 1024) + " MiB，已停止读取（可能是压缩炸弹）");
                    }
                    if (totalRead.addAndGet(r) > MAX_TOTAL) {
                        throw new IOException("压缩包解压总量超过 " + MAX_TOTAL / (1024 * 1024) + " MiB，已停止读取（可能是压缩炸弹）");
                    }
                    out.write(buf, 0, r);
                }
            }
            return out.toByteArray();
        }
    }

    private record RefusedInput(String name, String reason) implements ReportInput {
        @Override
        public byte[] read() throws IOException {
            throw new IOException(reason);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}

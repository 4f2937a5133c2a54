package io.nblint.context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The batch manifest: a CSV with columns file, agency, publication date and (optional) organ type,
 * one line per report; a header line is recognised and skipped. Files are matched by their path
 * in the batch or, failing that, by their bare name.
 */
public class Manifest {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    public static final Manifest EMPTY = new Manifest(List.of());

    private final Map<String, ManifestEntry> byPath = new HashMap<>();
    private final Map<String, ManifestEntry> byName = new HashMap<>();

    public Manifest(List<ManifestEntry> entries) {
        for (ManifestEntry e : entries) {
            byPath.put(normalise(e.file()), e);
            byName.putIfAbsent(baseName(e.file()), e);
        }
    }

    public ManifestEntry find(String file) {
        ManifestEntry e = byPath.get(normalise(file));
        return e != null ? e : byName.get(baseName(file));
    }

    public int size() { return byPath.size(); }

    public static Manifest read(Path csv) throws ManifestException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(csv);
            text = new String(bytes, StandardCharsets.UTF_8);
            if (text.contains("\uFFFD")) text = new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        } catch (IOException e) {
            throw new ManifestException("无法读取批次清单 " + csv + "（" + e.getMessage() + "）");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<ManifestEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> f = fields(line);
            String first = f.get(0).trim().toLowerCase(Locale.ROOT);
            if (entries.isEmpty() && (first.equals("file") || first.equals("文件") || first.equals("文件名"))) continue;
            String where = "批次清单 " + csv + " 第" + (i + 1) + "行";
            if (f.get(0).isBlank()) throw new ManifestException(where + "：缺少文件名（第1列）");
            String agency = f.size() > 1 && !f.get(1).isBlank() ? f.get(1).trim() : null;
            LocalDate date = null;
            if (f.size() > 2 && !f.get(2).isBlank()) {
                date = date(f.get(2).trim());
                if (date == null) throw new ManifestException(where + "：发布日期「" + f.get(2).trim() + "」无法识别（应如 2025-01-20）");
            }
            var organ = f.size() > 3 ? OrganTypeGuess.parse(f.get(3)) : null;
            if (f.size() > 3 && !f.get(3).isBlank() && organ == null) {
                throw new ManifestException(where + "：机关类型「" + f.get(3).trim() + "」无法识别（可填：部门、政府、乡镇、街道、其他）");
            }
            entries.add(new ManifestEntry(f.get(0).trim(), agency, date, organ, i + 1));
        }
        return new Manifest(entries);
    }

    static LocalDate date(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '，') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String normalise(String path) {
        return path.replace('\\', '/').replaceFirst("^\\./", "");
    }

    private static String baseName(String path) {
        String p = normalise(path);
        return p.substring(p.lastIndexOf('/') + 1);
    }
}

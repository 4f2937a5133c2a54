package io.nblint.bench;

import io.nblint.batch.StandardAnalyzer;
import io.nblint.facts.ReportFacts;
import io.nblint.read.UnreadableReportException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distinct report files made from the fixtures, for throughput measurements: each TXT or HTML variant
 * gets another agency name (place × department), its years shifted together by −1, 0 or +1 (title,
 * period and publication date stay consistent), and every other variant one table number changed, so
 * the batch sees different agencies, years, cross-year pairs and findings. PDF variants are byte copies
 * under new names (rewriting a PDF's text is out of scope), so they measure reading and checking only.
 */
public final class ReportVariants {
    private static final String[] PLACES = {"青山市", "白水县", "东林区", "西河市", "南岭县", "北湖区", "长丰市", "临江县",
            "石门区", "安平市", "宁远县", "福田区", "兴隆市", "清河县", "永和区", "金川市", "柳溪县", "新华区", "太平市", "云岭县",
            "大同区", "凤山市", "龙泉县", "玉林区", "平湖市", "松涛县", "明德区", "华阳市", "广宁县", "瑞安区"};
    private static final String[] DEPARTMENTS = {"司法局", "教育局", "财政局", "民政局", "交通运输局", "生态环境局",
            "自然资源局", "住房和城乡建设局", "农业农村局", "水务局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局",
            "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业和草原局", "人民政府办公室"};
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final Pattern CELL_NUMBER = Pattern.compile("(?<=[\\s>])(\\d{1,3})(?=[\\s<])");

    /** A fixture a variant is made from: its bytes decoded as UTF-8 text, the agency and year the parser found. */
    record Template(String name, String extension, String text, String agency, int year) {
    }

    private ReportVariants() {
    }

    /** Templates from TXT and HTML files whose title names an agency and a year. */
    static List<Template> templates(List<Path> files) throws IOException {
        var analyzer = StandardAnalyzer.create();
        List<Template> out = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            // Text replacement needs UTF-8; a GBK-encoded web page is left out rather than garbled.
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            } catch (java.nio.charset.CharacterCodingException e) {
                continue;
            }
            try {
                ReportFacts facts = analyzer.analyze(f.toString(), bytes);
                String agency = facts.report().getAgency();
                Integer year = facts.report().getYear();
                if (agency == null || year == null) continue;
                String name = f.getFileName().toString();
                out.add(new Template(f.toString(), name.substring(name.lastIndexOf('.') + 1),
                        new String(bytes, StandardCharsets.UTF_8), agency, year));
            } catch (UnreadableReportException e) {
                // not a usable template
            }
        }
        return out;
    }

    /** Writes {@code count} TXT/HTML variants into {@code dir}; returns how many of each extension. */
    public static java.util.Map<String, Integer> writeText(List<Path> fixtures, int count, Path dir) throws IOException {
        List<Template> templates = templates(fixtures);
        if (templates.isEmpty()) throw new IOException("没有可用的样例报告（需要标题中有机关名称和年度的 TXT 或 HTML）");
        Files.createDirectories(dir);
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            Template t = templates.get(i % templates.size());
            int k = i / templates.size();
            String agency = PLACES[k % PLACES.length] + DEPARTMENTS[(k / PLACES.length) % DEPARTMENTS.length];
            int shift = (k / (PLACES.length * DEPARTMENTS.length)) % 3 - 1;
            String text = variant(t, agency, shift, i);
            Files.writeString(dir.resolve(String.format("%05d.%s", i, t.extension())), text, StandardCharsets.UTF_8);
            counts.merge(t.extension(), 1, Integer::sum);
        }
        return counts;
    }

    static String variant(Template t, String agency, int yearShift, int serial) {
        String text = t.text().replace(t.agency(), agency);
        if (yearShift != 0) {
            Matcher m = YEAR.matcher(text);
            StringBuilder b = new StringBuilder(text.length());
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                int shifted = Math.abs(y - t.year()) <= 1 ? y + yearShift : y;
                m.appendReplacement(b, Integer.toString(shifted));
            }
            m.appendTail(b);
            text = b.toString();
        }
        if (serial % 2 == 0) {
            // change one small number (a table cell, mostly) so findings differ between variants
            Matcher m = CELL_NUMBER.matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
            if (!spans.isEmpty()) {
                int[] s = spans.get((serial / 2 * 7919) % spans.size());
                int value = Integer.parseInt(text.substring(s[0], s[1])) + 1 + serial % 3;
                text = text.substring(0, s[0]) + value + text.substring(s[1]);
            }
        }
        return text;
    }

    /** Copies the PDF fixtures round-robin into {@code dir} under {@code count} distinct names. */
    public static int writePdf(List<Path> pdfs, int count, Path dir) throws IOException {
        if (pdfs.isEmpty()) throw new IOException("没有 PDF 样例报告");
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Files.copy(pdfs.get(i % pdfs.size()), dir.resolve(String.format("%05d.pdf", i)));
        }
        return count;
    }
}

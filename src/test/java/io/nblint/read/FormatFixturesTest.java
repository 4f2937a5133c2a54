package io.nblint.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each seed report rendered as HTML, DOCX and PDF (fixtures/formats/generate.py) must read back
 * with the seed's numbers in the official grid columns. Expected values are typed from the seed
 * TXT files by hand; rows not listed in {@code table3} are all zero in every seed.
 */
class FormatFixturesTest {
    private static final List<String> TABLE3_LABELS = List.of(
            "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（二）部分公开",
            "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
            "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
            "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
            "四、结转下年度继续办理");

    record Seed(String dir, String title, Map<String, List<String>> table2, Map<String, List<String>> table3, List<String> table4) {
    }

    private static final List<String> ZERO15 = java.util.Collections.nCopies(15, "0");

    static List<Seed> seeds() {
        return List.of(
                new Seed("000_8e4fae53c81d4e1a", "隆德县司法局",
                        t2("0 0 0", "0 0 0", "0", "0", "0", "10.78"), Map.of(), ZERO15),
                new Seed("001_66bd8bba5bd9b9c1", null,
                        t2("0 0 0", "1 0 5", "0", "0", "0", "0"),
                        Map.of("一、本年新收政府信息公开申请数量", nums("2 0 0 0 0 0 2"),
                                "（一）予以公开", nums("2 0 0 0 0 0 2"),
                                "（七）总计", nums("2 0 0 0 0 0 2")), ZERO15),
                new Seed("002_78e6df255e575ba0", null,
                        t2("0 0 0", "0 7 6", "66", "0", "0", "0"), Map.of(), ZERO15),
                new Seed("003_060f1afac52ad05c", "乌拉特中旗司法局2023年政府信息",
                        t2("0 0 0", "0 0 0", "0", "0", "0", "16"), Map.of(), ZERO15),
                new Seed("004_6a991fb02bff9604", "沙坡头区司法局",
                        t2("0 0 0", "1 0 1", "0", "0", "0", "0"), Map.of(),
                        // 行政复议 left blank in the seed: five blank cells, kept blank in columns 0-4.
                        nums("- - - - - 0 0 0 0 0 0 0 0 0 0")));
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Seed s : seeds()) for (String f : List.of("html", "docx", "pdf")) out.add(Arguments.of(s.dir() + "." + f, s, f));
        return out.stream();
    }

    private static Map<String, List<String>> t2(String regulation, String normative, String license, String penalty, String coercion, String fee) {
        return Map.of("规章", nums(regulation), "行政规范性文件", nums(normative), "行政许可", nums(license),
                "行政处罚", nums(penalty), "行政强制", nums(coercion), "行政事业性收费", nums(fee));
    }

    private static List<String> nums(String spaced) {
        return Arrays.stream(spaced.split(" ")).map(s -> s.equals("-") ? null : s).toList();
    }

    private static ReadDocument read(Seed seed, String format) throws Exception {
        Path file = Path.of("fixtures", "formats", seed.dir(), "report." + format);
        ReportReader reader = switch (format) {
            case "pdf" -> new PdfReportReader();
            case "docx" -> new DocxReportReader();
            default -> new HtmlReportReader();
        };
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(reader.accepts(Arrays.copyOf(bytes, Math.min(bytes.length, 8192)), file.toString()));
        return reader.read(file.toString(), bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tableValuesLandInTheirGridColumns(String name, Seed seed, String format) throws Exception {
        ReadDocument doc = read(seed, format);
        RowFinder finder = new RowFinder(doc);
        List<String> wrong = new ArrayList<>();

        for (Map.Entry<String, List<String>> e : seed.table2().entrySet()) {
            int count = e.getValue().size();
            var row = finder.row(e.getKey(), 1);
            if (row.isEmpty()) wrong.add("table 2 " + e.getKey() + ": row not found");
            else if (!same(e.getValue(), RowFinder.numbers(row.get(), 1, count))) {
                wrong.add("table 2 " + e.getKey() + ": want " + e.getValue() + " got " + RowFinder.texts(row.get(), 1, count));
            }
        }
        for (String label : TABLE3_LABELS) {
            List<String> want = seed.table3().getOrDefault(label, nums("0 0 0 0 0 0 0"));
            var row = finder.row(label, 3);
            if (row.isEmpty()) wrong.add("table 3 " + label + ": row not found");
            else if (!same(want, RowFinder.numbers(row.get(), 3, 7))) {
                wrong.add("table 3 " + label + ": want " + want + " got " + RowFinder.texts(row.get(), 3, 7));
            }
        }
        TextLine t4 = finder.rows().stream()
                .filter(r -> r.cells().size() == 15 && r.cells().get(14).text().matches("\\d+"))
                .reduce((a, b) -> b).orElse(null);
        if (t4 == null) wrong.add("table 4 data row not found");
        else if (!same(seed.table4(), RowFinder.numbers(t4, 0, 15))) wrong.add("table 4: want " + seed.table4() + " got " + RowFinder.texts(t4, 0, 15));

        assertTrue(wrong.isEmpty(), name + "\n" + String.join("\n", wrong));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rowsCoverTheGridWithoutGapsOrOverlaps(String name, Seed seed, String format) throws Exception {
        ReadDocument doc = read(seed, format);
        assertEquals(format, doc.format());
        for (TextLine row : new RowFinder(doc).rows()) {
            assertTrue(row.gridAligned(), row.text());
            int next = 0;
            for (Cell c : row.cells()) {
                assertEquals(next, c.column(), "cells must sit edge to edge from column 0: " + row.text());
                assertTrue(c.span() >= 1);
                assertEquals(row.number(), c.line());
                next = c.column() + c.span();
            }
            if (format.equals("pdf")) {
                assertNotNull(row.page());
                row.cells().forEach(c -> assertEquals(row.page(), c.page()));
            }
        }
        List<String> paragraphs = doc.lines().stream().filter(l -> !l.isTableRow()).map(TextLine::text).toList();
        List<String> compact = paragraphs.stream().map(p -> p.replaceAll("\\s", "")).toList();
        // Seed 003 numbers its first part "1、 总体情况"; PDF layout may drop the space.
        assertTrue(compact.contains("一、总体情况") || compact.contains("1、总体情况"), "part heading is its own paragraph");
        assertTrue(paragraphs.contains("五、存在的主要问题及改进情况"));
        // LibreOffice spaces Chinese from digits when it lays out the PDF ("2023 年"), so compare without spaces.
        if (seed.title() != null) assertEquals(seed.title(), compact.get(0));
        if (format.equals("pdf")) doc.lines().forEach(l -> assertNotNull(l.page()));
        if (format.equals("html")) {
            assertFalse(paragraphs.stream().anyMatch(p -> p.contains("互动交流") || p.contains("备案号") || p.contains("统计代码")),
                    "site navigation, footer and scripts are not report text");
            assertEquals(seed.dir().startsWith("002") ? "GB18030" : "UTF-8", doc.charset());
        }
    }

    private static boolean same(List<String> want, List<BigDecimal> got) {
        if (want.size() != got.size()) return false;
        for (int i = 0; i < want.size(); i++) {
            if (want.get(i) == null || got.get(i) == null) {
                if (want.get(i) != null || got.get(i) != null) return false;
            } else if (new BigDecimal(want.get(i)).compareTo(got.get(i)) != 0) return false;
        }
        return true;
    }
}

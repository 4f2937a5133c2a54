package io.nblint.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real WPS-exported report (淮安市人民政府 2024) against its values typed by hand
 * (huaian-city-2024.expected.json): every table cell must come out in its grid column.
 */
class PdfReportReaderCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static ReadDocument doc;
    private static JsonNode expected;
    private static RowFinder finder;

    @BeforeAll
    static void read() throws Exception {
        Path pdf = CORPUS.resolve("huaian-city-2024.pdf");
        assumeTrue(Files.isRegularFile(pdf), "corpus PDF not present: " + pdf.toAbsolutePath());
        doc = new PdfReportReader().read(pdf.toString(), Files.readAllBytes(pdf));
        expected = new ObjectMapper().readTree(CORPUS.resolve("huaian-city-2024.expected.json").toFile());
        finder = new RowFinder(doc);
    }

    /** Table 三: label cells in grid columns 0–2, the seven applicant columns in 3–9. */
    @Test
    void table3RowsMatchHandTypedValuesInGridColumns3To9() {
        List<String> wrong = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected.get("table3").fields();
        int checked = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String label = key.substring(key.lastIndexOf('）') + 1);
            if (label.isEmpty() || key.endsWith("）")) label = key;
            if (key.startsWith("三、（")) label = key.replaceFirst("^三、（[一二三四五六七]）(?=\\d)", "");
            List<BigDecimal> want = new ArrayList<>();
            e.getValue().forEach(v -> want.add(v.isNull() ? null : v.decimalValue()));
            var row = finder.row(label, 3);
            if (row.isEmpty()) {
                wrong.add(key + ": row not found");
                continue;
            }
            List<BigDecimal> got = RowFinder.numbers(row.get(), 3, 7);
            if (!equalNumbers(want, got)) wrong.add(key + ": want " + want + " got " + got);
            checked++;
        }
        assertEquals(25, checked + wrong.stream().filter(w -> w.endsWith("not found")).count());
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void newApplicationsRowHasItsSevenValuesInOrder() {
        TextLine row = finder.row("本年新收政府信息公开申请数量", 3).orElseThrow();
        assertEquals(List.of("3001", "53", "0", "0", "61", "4", "3119"), RowFinder.texts(row, 3, 7));
        assertEquals(4, row.page());
        assertTrue(row.gridAligned());
        row.cells().forEach(c -> assertEquals(4, c.page()));
    }

    @Test
    void wrappedAndStackedLabelsAreWhole() {
        TextLine partial = finder.row("部分公开", 3).orElseThrow();
        assertTrue(partial.cells().stream().anyMatch(c -> c.text().equals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")), partial.text());
        // "三、本年度办理结果" is one merged cell printed a character per line; it belongs to the first row it spans.
        TextLine open = finder.row("予以公开", 3).orElseThrow();
        assertEquals("三、本年度办理结果", open.cells().get(0).text());
        assertEquals(0, open.cells().get(0).column());
        // "（四）无法提供" is cut by the page break: "（四）无" on page 4, "法提供" on page 5.
        TextLine unavailable = finder.row("本机关不掌握相关政府信息", 3).orElseThrow();
        assertEquals("（四）无法提供", RowFinder.texts(unavailable, 1, 1).get(0));
        TextLine notHeld = finder.row("没有现成信息需要另行制作", 3).orElseThrow();
        assertEquals(5, notHeld.page());
        assertEquals(List.of("", ""), RowFinder.texts(notHeld, 0, 2), "continued merged cells stay blank in place");
        assertEquals(List.of("11", "0", "0", "0", "0", "0", "11"), RowFinder.texts(notHeld, 3, 7));
    }

    @Test
    void table2ValuesInTheirColumns() {
        JsonNode t2 = expected.get("table2");
        assertEquals(numbersOf(t2.get("第二十条第（一）项").get("规章")), RowFinder.numbers(finder.row("规章", 1).orElseThrow(), 1, 3));
        assertEquals(numbersOf(t2.get("第二十条第（一）项").get("行政规范性文件")), RowFinder.numbers(finder.row("行政规范性文件", 1).orElseThrow(), 1, 3));
        assertEquals(t2.get("第二十条第（五）项").get("行政许可").decimalValue(), RowFinder.numbers(finder.row("行政许可", 1).orElseThrow(), 1, 1).get(0));
        assertEquals(t2.get("第二十条第（六）项").get("行政处罚").decimalValue(), RowFinder.numbers(finder.row("行政处罚", 1).orElseThrow(), 1, 1).get(0));
        assertEquals(t2.get("第二十条第（六）项").get("行政强制").decimalValue(), RowFinder.numbers(finder.row("行政强制", 1).orElseThrow(), 1, 1).get(0));
        TextLine fee = finder.row("行政事业性收费", 1).orElseThrow();
        assertEquals(0, t2.get("第二十条第（八）项").get("行政事业性收费（万元）").decimalValue().compareTo(RowFinder.numbers(fee, 1, 1).get(0)));
        assertEquals(4, fee.page());
    }

    @Test
    void table4ValuesInColumns0To14() {
        TextLine row = doc.lines().stream()
                .filter(l -> l.isTableRow() && l.cells().size() == 15 && l.cells().get(0).text().matches("\\d+"))
                .findFirst().orElseThrow();
        assertEquals(numbersOf(expected.get("table4")), RowFinder.numbers(row, 0, 15));
    }

    @Test
    void paragraphsAreWholeAndPageNumbersGone() {
        List<String> paragraphs = doc.lines().stream().filter(l -> !l.isTableRow()).map(TextLine::text).toList();
        assertTrue(paragraphs.contains("一、总体情况"));
        assertTrue(paragraphs.contains("三、收到和处理政府信息公开申请情况"));
        String active = paragraphs.stream().filter(p -> p.startsWith("（一）主动公开情况。")).findFirst().orElseThrow();
        assertTrue(active.endsWith("回应舆论关切。"), "paragraph continued across the page break: " + active);
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日")), "spaces the author typed are kept");
        assertFalse(paragraphs.stream().anyMatch(p -> p.matches("[-\\s\\d]+")), "page numbers dropped");
        assertEquals(expected.get("fee_statement").asText(), paragraphs.get(paragraphs.size() - 1));
    }

    private static List<BigDecimal> numbersOf(JsonNode array) {
        List<BigDecimal> out = new ArrayList<>();
        array.forEach(v -> out.add(v.isNull() ? null : v.decimalValue()));
        return out;
    }

    private static boolean equalNumbers(List<BigDecimal> a, List<BigDecimal> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) == null || b.get(i) == null) {
                if (a.get(i) != b.get(i)) return false;
            } else if (a.get(i).compareTo(b.get(i)) != 0) return false;
        }
        return true;
    }
}

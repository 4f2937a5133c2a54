package io.nblint.render;

import io.nblint.check.CheckResult;
import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.SampleFacts;
import io.nblint.check.Severity;
import io.nblint.facts.Location;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRendererTest {

    @Test
    void chineseCharactersCountTwoColumns() {
        assertEquals(4, DisplayWidth.of("表三"));
        assertEquals(6, DisplayWidth.of("T3-05a"));
        assertEquals(8, DisplayWidth.of("表三「R1"));   // 「 is full-width: 2+2+2+1+1
        assertEquals(4, DisplayWidth.of("（七）".substring(0, 2)));
        assertEquals("表三  ", DisplayWidth.pad("表三", 6));
    }

    @Test
    void messagesStartInTheSameColumnWhateverTheMixOfChineseAndLatin() throws Exception {
        List<Finding> findings = List.of(
                new Finding("T3-05", "表三总计列", Severity.ERROR, FindingStatus.FAILED, "30号",
                        "表三总计为 4，各列之和为 3", new Location(3, "表三", "R1", "total", "表三「一、本年新收」行「总计」列", 40, null), "4"),
                new Finding("DATE-1", "发布日期", Severity.NOTICE, FindingStatus.FAILED, "条例",
                        "未找到发布日期", Location.document("全文"), null),
                new Finding("T3-05", "表三总计列", Severity.ERROR, FindingStatus.UNCERTAIN, "30号",
                        "表三「（七）总计」行总计无法识别", Location.ofLine(3, 60, 2, "R3.7 total"), null));
        CheckResult result = new CheckResult("报告.txt", "txt", SampleFacts.withWrongTotal("报告.txt"), findings, "abc123def456",
                new CheckResult.Timings(1, 2, 3));
        StringWriter out = new StringWriter();
        new TextRenderer().render(new Batch("abc123def456", List.of(result), List.of()), out);
        String text = out.toString();

        List<String> rows = text.lines().filter(l -> l.startsWith("级别") || l.contains("T3-05") || l.contains("DATE-1")).toList();
        assertEquals(4, rows.size(), text);
        // Display column where the message starts, computed from the strings we typed above.
        assertEquals(columnOf(rows.get(0), "说明"), columnOf(rows.get(1), "表三总计为"), text);
        assertEquals(columnOf(rows.get(0), "说明"), columnOf(rows.get(2), "未找到发布日期"), text);
        assertEquals(columnOf(rows.get(0), "说明"), columnOf(rows.get(3), "表三「（七）"), text);
        assertEquals(columnOf(rows.get(0), "位置"), columnOf(rows.get(3), "R3.7 total"), text);
        assertTrue(rows.get(3).startsWith("无法核对"), "uncertain findings are shown as 无法核对");
        assertTrue(text.contains("机关：隆德县司法局"), text);
        assertTrue(text.contains("年度：2023"), text);
        assertTrue(text.contains("错误 1　警告 0　提示 1　无法核对 1"), text);
        assertTrue(rows.get(3).contains("R3.7 total，第2页第60行"), rows.get(3));
    }

    private static int columnOf(String line, String needle) {
        int i = line.indexOf(needle);
        assertTrue(i >= 0, needle + " not in " + line);
        return DisplayWidth.of(line.substring(0, i));
    }
}

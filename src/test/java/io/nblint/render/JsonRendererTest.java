package io.nblint.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nblint.check.CheckResult;
import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.SampleFacts;
import io.nblint.check.Severity;
import io.nblint.facts.Location;
import io.nblint.read.UnreadableReportException;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRendererTest {
    private final Finding total = new Finding("T3-05", "表三总计列", Severity.ERROR, FindingStatus.FAILED, "30号 表三",
            "表三总计为 4，各列之和为 3", new Location(3, "表三", "R1", "total", "表三「一、本年新收」行「总计」列", 40, null), "4");

    private JsonNode render(boolean withTexts) throws Exception {
        CheckResult result = new CheckResult("a.txt", "txt", SampleFacts.withWrongTotal("a.txt"), List.of(total),
                "abc123def456", new CheckResult.Timings(1, 2, 3));
        StringWriter out = new StringWriter();
        new JsonRenderer(withTexts).render(new Batch("abc123def456", List.of(result),
                List.of(new UnreadableReportException("b.pdf", "文件为空"))), out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void roundTripKeepsFindingsFactsAndVersion() throws Exception {
        JsonNode root = render(false);
        assertEquals("abc123def456", root.get("ruleSetVersion").asText());
        JsonNode report = root.get("reports").get(0);
        JsonNode f = report.get("findings").get(0);
        assertEquals("T3-05", f.get("ruleId").asText());
        assertEquals("ERROR", f.get("severity").asText());
        assertEquals("FAILED", f.get("status").asText());
        assertEquals("表三总计为 4，各列之和为 3", f.get("message").asText());
        assertEquals("R1", f.get("location").get("row").asText());
        assertEquals(40, f.get("location").get("line").asInt());
        assertEquals(1, report.get("counts").get("ERROR").asInt());

        JsonNode facts = report.get("facts");
        assertEquals("隆德县司法局", facts.get("report").get("agency").asText());
        assertEquals("2024-01-15", facts.get("report").get("publicationDate").asText(), "dates as ISO strings");
        assertEquals("2023-01-01", facts.get("period").get("start").asText());
        assertEquals(5, facts.get("cells").size(), "every cell is there");
        JsonNode natural = facts.get("cells").get(0);
        assertEquals("natural", natural.get("column").asText());
        assertTrue(natural.get("value").isNumber());
        assertEquals("2", natural.get("value").asText());
        assertEquals("UNREADABLE", facts.get("cells").get(4).get("state").asText());
        assertEquals("PARTIAL", facts.get("table3").get("state").asText());
        assertFalse(facts.get("parts").get(0).has("text"), "part bodies left out by default");
        assertEquals("一、总体情况", facts.get("parts").get(0).get("heading").asText());

        assertEquals("b.pdf", root.get("unreadable").get(0).get("source").asText());
        assertEquals("文件为空", root.get("unreadable").get(0).get("reason").asText());
    }

    @Test
    void fullTextOnRequest() throws Exception {
        JsonNode part = render(true).get("reports").get(0).get("facts").get("parts").get(0);
        assertEquals("2023年，隆德县司法局坚持以人民为中心。", part.get("text").asText());
    }
}

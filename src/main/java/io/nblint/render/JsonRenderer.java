package io.nblint.render;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.nblint.check.CheckResult;
import io.nblint.check.Finding;
import io.nblint.facts.Part;
import io.nblint.facts.Report;
import io.nblint.read.UnreadableReportException;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Machine-readable results: per report the parsed facts (report, period, parts, tables, every cell,
 * fees, quotes) and the findings, with the rule-set version. Dates are ISO strings, amounts plain
 * decimals. Part bodies and the intro are left out unless asked for: they are most of the size and
 * the source file has them.
 */
public class JsonRenderer implements Renderer {
    private final ObjectMapper mapper;

    public JsonRenderer(boolean withTexts) {
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (!withTexts) {
            b.addMixIn(Part.class, PartWithoutText.class).addMixIn(Report.class, ReportWithoutIntro.class);
        }
        this.mapper = b.build();
    }

    /** The mapper, for adapters that want the same JSON shape (the web service). */
    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public void render(Batch batch, Writer out) throws IOException {
        mapper.writeValue(out, document(batch));
        out.write("\n");
        out.flush();
    }

    /** The JSON tree as maps and lists, in a stable field order. */
    public Map<String, Object> document(Batch batch) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "nblint");
        root.put("ruleSetVersion", batch.ruleSetVersion());
        List<Object> reports = new ArrayList<>();
        for (CheckResult r : batch.results()) {
            reports.add(report(r));
        }
        root.put("reports", reports);
        List<Object> unreadable = new ArrayList<>();
        for (UnreadableReportException e : batch.unreadable()) {
            unreadable.add(Map.of("source", e.getSource(), "reason", e.getReason()));
        }
        root.put("unreadable", unreadable);
        return root;
    }

    static Map<String, Object> report(CheckResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        m.put("format", r.format());
        m.put("ruleSetVersion", r.ruleSetVersion());
        m.put("timings", r.timings());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            counts.merge(f.isFailed() ? f.severity().name() : "UNCERTAIN", 1L, Long::sum);
        }
        m.put("counts", counts);
        m.put("findings", r.findings());
        m.put("facts", r.facts());
        return m;
    }

    @JsonIgnoreProperties({"text"})
    private abstract static class PartWithoutText {
    }

    @JsonIgnoreProperties({"intro"})
    private abstract static class ReportWithoutIntro {
    }
}

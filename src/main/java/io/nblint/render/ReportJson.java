package io.nblint.render;

import io.nblint.check.Finding;
import io.nblint.score.Deduction;
import io.nblint.score.Score;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One report as JSON: file, agency, year, score, every finding (with its deduction) and the full parsed facts. */
public final class ReportJson {
    private ReportJson() {
    }

    public static void write(CheckedReport report, OutputStream out) throws IOException {
        JsonOutput.MAPPER.writeValue(out, document(report));
    }

    static Map<String, Object> document(CheckedReport r) {
        Score s = r.score();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", r.file());
        doc.put("agency", r.agency());
        doc.put("year", r.year());
        doc.put("ruleSetVersion", s.ruleSetVersion());
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("total", s.total());
        score.put("grade", s.grade());
        score.put("passed", s.passed());
        score.put("failedBySeverity", s.failedBySeverity());
        score.put("uncertain", s.uncertain());
        doc.put("score", score);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Deduction d : s.deductions()) {
            Finding f = d.finding();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleId", f.ruleId());
            m.put("ruleName", f.ruleName());
            m.put("severity", f.severity());
            m.put("status", f.status());
            m.put("message", f.message());
            m.put("location", f.location());
            m.put("locationText", FindingText.location(f.location()));
            m.put("evidence", f.evidence());
            m.put("basis", f.basis());
            m.put("group", d.group());
            m.put("deduction", d.applied());
            m.put("deductionBeforeCap", d.nominal());
            findings.add(m);
        }
        doc.put("findings", findings);
        doc.put("facts", r.facts());
        return doc;
    }

}

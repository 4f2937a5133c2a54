package io.nblint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ranked scoreboard as JSON: rule-set version, then one object per report in rank order. */
public final class ScoreboardJson {
    private ScoreboardJson() {
    }

    public static void write(Scoreboard board, String ruleSetVersion, OutputStream out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ruleSetVersion", ruleSetVersion);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < board.rows().size(); i++) {
            ScoreboardRow r = board.rows().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", board.rank(i) == 0 ? null : board.rank(i));
            m.put("agency", r.agency());
            m.put("year", r.year());
            m.put("score", r.total());
            m.put("grade", r.grade());
            m.put("passed", r.isScored() ? r.passed() : null);
            m.put("errors", r.errors());
            m.put("warnings", r.warnings());
            m.put("notices", r.notices());
            m.put("uncertain", r.uncertain());
            m.put("file", r.file());
            m.put("findingsList", r.findingsFile());
            m.put("error", r.error());
            rows.add(m);
        }
        doc.put("reports", rows);
        JsonOutput.MAPPER.writeValue(out, doc);
    }
}

package io.nblint.render;

import io.nblint.check.CheckResult;
import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.Severity;
import io.nblint.facts.Report;
import io.nblint.read.UnreadableReportException;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A findings table for a terminal, in Chinese: per report a header (file, agency, year, format,
 * counts by severity), then one row per finding — 级别 | 规则 | 位置 | 说明 — with columns aligned
 * by display width (a Chinese character takes two columns).
 */
public class TextRenderer implements Renderer {
    /** Locations longer than this overflow their column instead of pushing every message far right. */
    static final int MAX_LOCATION_COLUMNS = 48;
    private static final String GAP = "  ";

    @Override
    public void render(Batch batch, Writer out) throws IOException {
        for (CheckResult result : batch.results()) {
            renderReport(result, out);
            out.write("\n");
        }
        for (UnreadableReportException e : batch.unreadable()) {
            out.write("无法读取：" + e.getSource() + "：" + e.getReason() + "\n");
        }
        out.write(summary(batch) + "\n");
        out.flush();
    }

    void renderReport(CheckResult result, Writer out) throws IOException {
        Report report = result.facts().report();
        out.write("━━ " + result.source() + "\n");
        out.write("机关：" + orDash(report == null ? null : report.getAgency())
                + "　年度：" + orDash(report == null || report.getYear() == null ? null : report.getYear().toString())
                + "　格式：" + orDash(report == null || report.getFormatVersion() == null ? null : report.getFormatVersion().getLabel())
                + "　文件类型：" + orDash(result.format()) + "\n");
        out.write(counts(List.of(result)) + "　规则版本：" + result.ruleSetVersion() + "\n");
        if (result.findings().isEmpty()) {
            out.write("未发现问题。\n");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"级别", "规则", "位置", "说明"});
        for (Finding f : result.findings()) {
            rows.add(new String[] {level(f), f.ruleId(), f.location() == null ? "" : f.location().where(), f.message()});
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        widths[2] = Math.min(widths[2], MAX_LOCATION_COLUMNS);
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                line.append(DisplayWidth.pad(row[c], widths[c])).append(GAP);
            }
            line.append(row[3]);
            out.write(line.toString().stripTrailing() + "\n");
        }
    }

    /** "错误" / "警告" / "提示" for defects, "无法核对" when the rule could not decide. */
    static String level(Finding f) {
        return f.status() == FindingStatus.UNCERTAIN ? FindingStatus.UNCERTAIN.getLabel() : f.severity().getLabel();
    }

    static String counts(List<CheckResult> results) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int uncertain = 0;
        for (CheckResult r : results) {
            for (Finding f : r.findings()) {
                if (f.isFailed()) bySeverity.merge(f.severity(), 1, Integer::sum);
                else uncertain++;
            }
        }
        StringBuilder b = new StringBuilder();
        for (Severity s : Severity.values()) {
            b.append(s.getLabel()).append(' ').append(bySeverity.getOrDefault(s, 0)).append("　");
        }
        return b.append("无法核对 ").append(uncertain).toString();
    }

    static String summary(Batch batch) {
        String s = "共检查 " + batch.results().size() + " 份报告：" + counts(batch.results());
        if (!batch.unreadable().isEmpty()) s += "；无法读取 " + batch.unreadable().size() + " 份";
        return s;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
